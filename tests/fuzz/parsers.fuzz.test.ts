import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { decodeShare, encodeShare, parseProfile } from '../../src/domain/profile';
import { parseImport } from '../../src/features/decision/parse-import';
import { parseHash } from '../../src/routing/router';
import { hashRoute, profileText, shareToken } from './generators';
import {
  fuzzSeed,
  goodMessage,
  newStats,
  report,
  runsPer,
  UNBOUNDED_MS,
  type SurfaceStats,
} from './fuzz-stats';

const kb = readKnowledge();
const runs = runsPer(150);
const stats: SurfaceStats[] = [];

type Outcome = { ok: true; value: unknown } | { ok: false; problems: readonly string[] };

/** Runs one case and tallies it: a throw is a crash, a slow case is unbounded work. */
function tally(s: SurfaceStats, work: () => Outcome): Outcome | undefined {
  s.cases += 1;
  const start = performance.now();
  let outcome: Outcome | undefined;
  try {
    outcome = work();
  } catch (error) {
    s.crashes += 1;
    console.error(`${s.surface} crash:`, error);
  }
  const ms = performance.now() - start;
  s.slowestMs = Math.max(s.slowestMs, ms);
  if (ms > UNBOUNDED_MS) s.unbounded += 1;
  if (outcome?.ok === true) s.accepted += 1;
  if (outcome?.ok === false) {
    s.refused += 1;
    if (outcome.problems.length === 0 || !outcome.problems.every(goodMessage)) {
      s.badMessages += 1;
      console.error(`${s.surface} message:`, outcome.problems.filter((p) => !goodMessage(p)).slice(0, 3));
    }
  }
  return outcome;
}

afterAll(() => console.log(report(stats)));

describe(`fuzzing the profile surfaces (${runs} cases each, seed ${fuzzSeed()})`, () => {
  it('share links: no crash, bounded, every refusal names where, accepted links round-trip', () => {
    const s = newStats('link');
    stats.push(s);
    for (const token of fc.sample(shareToken(kb), { numRuns: runs, seed: fuzzSeed() })) {
      const outcome = tally(s, () => {
        const r = decodeShare(token, kb);
        return r.ok ? { ok: true, value: r.decision } : r;
      });
      if (outcome?.ok) {
        const decision = outcome.value as Parameters<typeof encodeShare>[0];
        const again = decodeShare(encodeShare(decision), kb);
        if (!again.ok || JSON.stringify(again.decision) !== JSON.stringify(decision)) s.lost += 1;
      }
    }
    expect({ crashes: s.crashes, unbounded: s.unbounded, badMessages: s.badMessages, lost: s.lost }).toEqual({
      crashes: 0,
      unbounded: 0,
      badMessages: 0,
      lost: 0,
    });
  });

  it('profile import: no crash, bounded, every refusal names where, accepted profiles export and import again', () => {
    const s = newStats('import');
    stats.push(s);
    for (const text of fc.sample(profileText(kb), { numRuns: runs, seed: fuzzSeed() + 1 })) {
      const outcome = tally(s, () => {
        const r = parseImport(text, kb);
        return r.ok ? { ok: true, value: r.profile } : r;
      });
      if (outcome?.ok) {
        const again = parseImport(JSON.stringify(outcome.value), kb);
        const valid = parseProfile(outcome.value, kb);
        if (!again.ok || !valid.ok || JSON.stringify(again.profile) !== JSON.stringify(outcome.value))
          s.lost += 1;
      }
    }
    expect({ crashes: s.crashes, unbounded: s.unbounded, badMessages: s.badMessages, lost: s.lost }).toEqual({
      crashes: 0,
      unbounded: 0,
      badMessages: 0,
      lost: 0,
    });
  });

  it('hash routes: parsing is total and bounded', () => {
    const s = newStats('hash');
    stats.push(s);
    for (const hash of fc.sample(hashRoute, { numRuns: runs, seed: fuzzSeed() + 2 })) {
      tally(s, () => ({ ok: true, value: parseHash(hash) }));
    }
    expect({ crashes: s.crashes, unbounded: s.unbounded }).toEqual({ crashes: 0, unbounded: 0 });
  });
});
