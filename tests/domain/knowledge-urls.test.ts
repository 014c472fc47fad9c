import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, readKnowledge } from '../../src/cli/read-knowledge';
import type { RawFile } from '../../src/domain/knowledge';
import { httpUrlSchema } from '../../src/domain/schemas';
import { knowledgeFiles, makeCriterion, makeOption, problemsOf } from './builders';

const refused: [string, string][] = [
  ['javascript:', 'javascript:alert(1)'],
  ['data:', 'data:text/html,<script>alert(1)</script>'],
  ['file:', 'file:///etc/passwd'],
  ['ftp:', 'ftp://ftp.example.org/pub/notes.txt'],
  ['JAVASCRIPT: in capitals', 'JAVASCRIPT:alert(1)'],
  ['javascript: after a leading space', ' javascript:alert(1)'],
  ['javascript: with a tab inside the scheme', 'java\tscript:alert(1)'],
  ['blob:', 'blob:https://example.org/0f3c6b1e'],
  ['no scheme', '//example.org/page'],
  ['not a URL', 'see the vendor site'],
];

const accepted: [string, string][] = [
  ['https', 'https://kubernetes.io/docs/concepts/cluster-administration/networking/'],
  ['http', 'http://www.example.org/'],
  ['https with query and fragment', 'https://example.org/a?b=1#c'],
];

const message = 'Invalid URL: expected an http: or https: address';

const criteria = [makeCriterion('throughput')];

describe('httpUrlSchema', () => {
  it.each(refused)('refuses %s', (_, url) => {
    const result = httpUrlSchema.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([message]);
  });

  it.each(accepted)('accepts %s', (_, url) => {
    expect(httpUrlSchema.parse(url)).toBe(url);
  });
});

describe('URLs in knowledge files', () => {
  it.each(refused)('a source URL with %s is refused, naming the file and the field', (_, url) => {
    const bad: RawFile = {
      path: 'sources/bad-link.json',
      data: { id: 'bad-link', kind: 'public', title: 'Bad link', year: 2024, language: 'en', url },
    };
    const files = knowledgeFiles(criteria, [makeOption('a', { throughput: 1 })], [bad]);
    expect(problemsOf(files)).toEqual([`data/sources/bad-link.json:\n✖ ${message}\n  → at url`]);
  });

  it.each(refused)('an option homepage with %s is refused, naming the file and the field', (_, url) => {
    const option = { ...makeOption('a', { throughput: 1 }), homepage: url };
    expect(problemsOf(knowledgeFiles(criteria, [option]))).toEqual([
      `data/solutions/networking/a.json:\n✖ ${message}\n  → at homepage`,
    ]);
  });

  it.each(accepted)('a source URL and a homepage with %s are accepted', (_, url) => {
    const source: RawFile = {
      path: 'sources/good-link.json',
      data: { id: 'good-link', kind: 'public', title: 'Good link', year: 2024, language: 'en', url },
    };
    const option = { ...makeOption('a', { throughput: 1 }), homepage: url };
    expect(problemsOf(knowledgeFiles(criteria, [option], [source]))).toEqual([]);
  });
});

describe('the real knowledge base', () => {
  const dataDir = defaultDataDir();
  const listJson = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) return listJson(full);
      return entry.name.endsWith('.json') ? [full] : [];
    });
  /** Every string in a JSON value with the key it sits under. */
  const entries = (value: unknown, key = ''): [string, string][] => {
    if (typeof value === 'string') return [[key, value]];
    if (Array.isArray(value)) return value.flatMap((v) => entries(v, key));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => entries(v, k));
    return [];
  };

  it('links every source and homepage over http(s)', () => {
    const kb = readKnowledge(dataDir);
    const links = [
      ...kb.sources.flatMap((s) => (s.url ? [[`sources/${s.id}`, s.url]] : [])),
      ...kb.options.flatMap((o) => (o.homepage ? [[`options/${o.id}`, o.homepage]] : [])),
    ];
    expect(links.length).toBeGreaterThan(100);
    const bad = links.filter(
      ([, url]) => !httpUrlSchema.safeParse(url).success || !/^https?:\/\//.test(url ?? ''),
    );
    expect(bad).toEqual([]);
  });

  it('holds no other kind of address in any file', () => {
    // Every url or homepage field in data/, and every string under another key that starts with
    // an address ("scheme://", or a scheme that needs no slashes); an address quoted inside prose
    // is text, never a link.
    const address = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|(?:javascript|vbscript|data|blob|file):)/i;
    const files = listJson(dataDir);
    const addresses = files.flatMap((file) =>
      entries(JSON.parse(readFileSync(file, 'utf8')) as unknown)
        .filter(([key, value]) => key === 'url' || key === 'homepage' || address.test(value))
        .map(([key, value]) => ({ at: `${relative(dataDir, file)} ${key}`, value })),
    );
    expect(addresses.length).toBeGreaterThan(300);
    expect(addresses.filter(({ value }) => !httpUrlSchema.safeParse(value).success)).toEqual([]);
  });
});
