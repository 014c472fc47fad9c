import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { categoryIds } from '../../src/domain/schemas';
import { methods, rank, sameScore } from '../../src/domain/scoring';
import { composeStack } from '../../src/domain/stack';
import { validProfile } from './generators';
import { fuzzSeed, runsPer } from './fuzz-stats';

const kb = readKnowledge();
const runs = runsPer(100);

describe(`properties of the engine over random profiles (${runs} runs, seed ${fuzzSeed()})`, () => {
  it('scores lie in [0, 1], contributions add up to the weighted score, equal scores are ordered by id', () => {
    fc.assert(
      fc.property(
        validProfile(kb),
        fc.constantFrom(...categoryIds),
        fc.constantFrom(...methods),
        (profile, category, method) => {
          const result = rank(kb, profile, { category, method });
          result.ranking.forEach((option, i) => {
            expect(option.score).toBeGreaterThanOrEqual(0);
            expect(option.score).toBeLessThanOrEqual(1);
            if (method === 'weighted') {
              const sum = option.contributions.reduce((a, b) => a + b, 0);
              expect(Math.abs(sum - option.score)).toBeLessThan(1e-9);
            }
            const next = result.ranking[i + 1];
            if (next) {
              expect(option.score + 1e-9).toBeGreaterThanOrEqual(next.score);
              if (sameScore(option.score, next.score)) expect(option.id < next.id).toBe(true);
            }
          });
          // An option is either ranked or excluded, never both, never lost.
          const seen = [...result.ranking.map((o) => o.id), ...result.excluded.map((o) => o.id)];
          expect(new Set(seen).size).toBe(seen.length);
          expect(seen.length).toBe(kb.options.filter((o) => o.category === category).length);
        },
      ),
      { numRuns: runs, seed: fuzzSeed() + 7 },
    );
  });

  it('the composed stack is never worse than any alternative it lists', () => {
    fc.assert(
      fc.property(validProfile(kb), (profile) => {
        const outcome = composeStack(kb, profile, 'weighted');
        if (!outcome.ok) return;
        for (const pick of outcome.stack.picks)
          for (const alt of pick.alternatives) expect(alt.delta).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: Math.ceil(runs / 4), seed: fuzzSeed() + 8 },
    );
  });
});
