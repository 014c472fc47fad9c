import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { readStoredState, storedText } from '../../src/store/persisted-state';
import { profileText, validProfile } from './generators';
import { fuzzSeed, goodMessage, newStats, report, runsPer, UNBOUNDED_MS } from './fuzz-stats';

const kb = readKnowledge();
const runs = runsPer(150);

/** Stored texts: valid states, states around hostile profiles, wrong wrappers and versions, junk. */
const storedTexts = fc.oneof(
  validProfile(kb).map((p) =>
    JSON.stringify({
      state: {
        environment: p.environment,
        weights: p.weights,
        mustHave: p.mustHave,
        method: 'weighted',
        compared: [],
        language: 'en',
        theme: 'system',
      },
      version: 1,
    }),
  ),
  fc
    .tuple(profileText(kb), fc.constantFrom('1', '0', '2', '-1', '"1"', '1.5', 'null'))
    .map(([text, version]) => `{"state":${text},"version":${version}}`),
  profileText(kb),
  fc.string({ maxLength: 300 }),
);

describe(`fuzzing the stored state (${runs} cases, seed ${fuzzSeed()})`, () => {
  const s = newStats('storage');
  afterAll(() => console.log(report([s])));

  it('reading never throws, is bounded, names where it fails, and what it accepts is written back the same', () => {
    for (const text of fc.sample(storedTexts, { numRuns: runs, seed: fuzzSeed() + 6 })) {
      s.cases += 1;
      const start = performance.now();
      try {
        const read = readStoredState(text);
        if (read.ok) {
          s.accepted += 1;
          const again = readStoredState(storedText(read.state));
          if (!again.ok || JSON.stringify(again.state) !== JSON.stringify(read.state)) s.lost += 1;
        } else {
          s.refused += 1;
          if (read.problems.length === 0 || !read.problems.every(goodMessage)) {
            s.badMessages += 1;
            console.error('storage message:', read.problems.slice(0, 3));
          }
        }
      } catch (error) {
        s.crashes += 1;
        console.error('storage crash:', error);
      }
      const ms = performance.now() - start;
      s.slowestMs = Math.max(s.slowestMs, ms);
      if (ms > UNBOUNDED_MS) s.unbounded += 1;
    }
    expect([s.crashes, s.unbounded, s.badMessages, s.lost]).toEqual([0, 0, 0, 0]);
  });
});
