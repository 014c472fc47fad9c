import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// Contract (spec/profile-and-cli.md): `mustHave` lists criterion ids; "an unknown key, an unknown
// criterion id, or a weight outside 0–5 is an error, not a silent default"; bad input exits 2 with a
// message naming the file, the field path and the offending value, and nothing on stdout — "for
// every command". A must-have naming a real criterion of another category is a known id, so it is
// not an error: it excludes options only in the categories that criterion belongs to.

const dir = mkdtempSync(join(tmpdir(), 'advisor-must-have-'));
function file(name: string, profile: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(profile));
  return path;
}

interface JsonRanking {
  ranking: { id: string; score: number }[];
  excluded: { id: string; reasons: string[] }[];
  assumptions: string[];
}

describe('a must-have that names no criterion is refused by every command', () => {
  const cases: [string, string[], string][] = [
    [
      'an unknown id after a known one',
      ['crossHost', 'teleport'],
      'mustHave[1]: unknown criterion id (value: "teleport")',
    ],
    ['an option id', ['calico-ipip'], 'mustHave[0]: criterion ids are camelCase (value: "calico-ipip")'],
    ['a category id', ['networking'], 'mustHave[0]: unknown criterion id (value: "networking")'],
    [
      'a criterion id in the wrong case',
      ['CrossHost'],
      'mustHave[0]: criterion ids are camelCase (value: "CrossHost")',
    ],
  ];
  const commands: string[][] = [
    ['recommend'],
    ['recommend', '--json'],
    ['stack', '--json'],
    ['whatif', '--json'],
  ];

  describe.each(commands.map((c) => [c.join(' '), c] as const))('%s', (_name, command) => {
    it.each(cases)(
      '%s: exit 2; file, field and value on stderr; nothing on stdout',
      (name, mustHave, problem) => {
        const path = file(`${name.replace(/\W+/g, '-')}.json`, { version: 1, mustHave });
        const [verb, ...flags] = command;
        const result = runCli([verb as string, '--profile', path, ...flags]);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`advisor: ${path}: ${problem}\n`);
      },
    );
  });

  it('lists every unknown must-have, not only the first', () => {
    const path = file('two-unknown.json', { version: 1, mustHave: ['warp', 'crossHost', 'teleport'] });
    const result = runCli(['recommend', '--profile', path, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]?.startsWith('advisor: ')).toBe(true);
    expect(lines.map((line) => line.replace(/^advisor: /, ''))).toEqual([
      `${path}: mustHave[0]: unknown criterion id (value: "warp")`,
      `${path}: mustHave[2]: unknown criterion id (value: "teleport")`,
    ]);
  });
});

describe('a must-have on a criterion of another category', () => {
  const weights = { throughput: 3 };
  const without = file('plain.json', { version: 1, weights });
  const withLogging = file('logging-must-have.json', { version: 1, weights, mustHave: ['logCollection'] });
  const recommend = (path: string, category: string): JsonRanking => {
    const result = runCli(['recommend', '--profile', path, '--json', '--category', category]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return JSON.parse(result.stdout) as JsonRanking;
  };

  it('is accepted and leaves the networking ranking exactly as without it', () => {
    expect(recommend(withLogging, 'networking')).toEqual(recommend(without, 'networking'));
  });

  it('still applies in its own category: logging options that miss it are excluded, naming it', () => {
    const doc = recommend(withLogging, 'logging');
    const plain = recommend(without, 'logging');
    const blocked = doc.excluded.filter((o) =>
      o.reasons.some((r) => r.includes('must-have "Container log collection"')),
    );
    expect(blocked.length).toBeGreaterThan(0);
    for (const { id } of blocked) {
      expect(
        doc.ranking.map((o) => o.id),
        id,
      ).not.toContain(id);
      // Without the must-have the option is ranked, or excluded for another reason only.
      const before = plain.excluded.find((o) => o.id === id);
      if (before)
        expect(
          before.reasons.some((r) => r.includes('must-have')),
          id,
        ).toBe(false);
      else
        expect(
          plain.ranking.map((o) => o.id),
          id,
        ).toContain(id);
    }
  });
});
