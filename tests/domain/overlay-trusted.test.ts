import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawFile } from '../../src/domain/knowledge';
import { applyOverlay } from '../../src/domain/overlay';
import { rank } from '../../src/domain/scoring';
import { profileSchema } from '../../src/domain/schemas';
import { readDataDir } from '../../src/node/read-data-dir';

// The app applies an overlay over a base checked at build time and loaded in part, in one
// language: `trusted` runs the cross-checks only and counts only the overlay's problems.

const base = readDataDir(join(process.cwd(), 'data'));
const text = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const profile = profileSchema.parse(JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')));

/** The base as the app may hold it: every localized text in English only, a reference still pending. */
const partial: RawFile[] = base.map((file) => {
  const strip = (x: unknown): unknown =>
    Array.isArray(x)
      ? x.map(strip)
      : x !== null && typeof x === 'object'
        ? 'en' in x && 'zh' in x
          ? { en: (x as { en: string }).en }
          : Object.fromEntries(Object.entries(x).map(([k, v]) => [k, strip(v)]))
        : x;
  const data = strip(file.data) as Record<string, unknown>;
  if (file.path === 'solutions/networking/weave-sleeve.json')
    return {
      path: file.path,
      data: { ...data, status: { ...(data.status as object), source: { source: '', section: '' } } },
    };
  return { path: file.path, data };
});

describe('an overlay over a trusted, partly loaded base', () => {
  it('gives the full check’s facts and ranking', () => {
    const full = applyOverlay(base, text, 'acme.json', 'full');
    const trusted = applyOverlay(partial, text, 'acme.json', 'trusted');
    if (!full.ok || !trusted.ok) throw new Error('refused');
    expect([...trusted.overlay.facts.keys()]).toEqual([...full.overlay.facts.keys()]);
    expect(trusted.overlay.sha256).toBe(full.overlay.sha256);
    const ids = (kb: typeof full.knowledge) =>
      rank(kb, profile, { category: 'networking', method: 'weighted' }).ranking.map((o) => [o.id, o.score]);
    expect(ids(trusted.knowledge)).toEqual(ids(full.knowledge));
  });

  it('does not count the base’s unloaded parts against the overlay', () => {
    expect(applyOverlay(partial, text, 'acme.json', 'full').ok).toBe(false);
    expect(applyOverlay(partial, text, 'acme.json', 'trusted').ok).toBe(true);
  });

  it('still refuses what the overlay itself gets wrong, with the same words as the full check', () => {
    const bad = JSON.stringify({
      overlay: 1,
      name: 'bad',
      owner: 'o',
      stackRules: [
        {
          id: 'r',
          when: 'nope-cni',
          category: 'orchestration',
          anyOf: ['kubernetes'],
          reason: { en: 'r' },
          source: { source: 'calico-docs-overlay', section: 's' },
        },
      ],
      values: [
        {
          option: 'antrea',
          criterion: 'simplicity',
          override: true,
          value: { level: 1, source: { source: 'nowhere', section: 's' } },
        },
      ],
    });
    const full = applyOverlay(base, bad, 'bad.json', 'full');
    const trusted = applyOverlay(partial, bad, 'bad.json', 'trusted');
    expect(full.ok || trusted.ok).toBe(false);
    if (full.ok || trusted.ok) return;
    expect(trusted.problems).toEqual(full.problems);
    expect(trusted.problems).toEqual([
      'bad.json: stackRules[0].when: unknown option "nope-cni"',
      'bad.json: values[0].value.source.source: unknown source "nowhere"',
    ]);
  });
});
