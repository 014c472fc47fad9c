import { describe, expect, it } from 'vitest';
import type { CriterionId } from '../../../src/domain/schemas';
import { rank } from '../../../src/domain/scoring';
import { PALETTE_SIZE, toSegments } from '../../../src/features/results/to-segments';
import { kb } from '../../ui/render-app';

const criteria = (...weights: number[]) =>
  weights.map((weight, i) => ({ criterion: `c${i}` as CriterionId, weight }));

describe('toSegments', () => {
  it.each<[string, number[], number[], number[]]>([
    ['one criterion', [1], [0.75], [75]],
    ['two criteria', [3, 1], [0.5, 0.125], [50, 12.5]],
    ['zero contributions are left out', [1, 1, 1], [0.25, 0, 0.5], [25, 50]],
    ['nothing to show', [1], [0], []],
  ])('%s', (_, weights, contributions, percents) => {
    expect(toSegments(criteria(...weights), { contributions }).map((s) => s.percent)).toEqual(percents);
  });

  it('gives a criterion the same colour slot whatever the option, striping after the palette runs out', () => {
    const many = criteria(...Array.from({ length: PALETTE_SIZE + 2 }, () => 1));
    const contributions = many.map(() => 0.01);
    const segments = toSegments(many, { contributions });
    expect(segments[1]).toMatchObject({ criterion: 'c1', colour: 1, striped: false });
    expect(segments[PALETTE_SIZE + 1]).toMatchObject({ colour: 1, striped: true });
    const withoutFirst = toSegments(many, { contributions: [0, ...contributions.slice(1)] });
    expect(withoutFirst[0]).toMatchObject({ criterion: 'c1', colour: 1 });
  });

  it.each(['weighted', 'topsis'] as const)(
    'segments of every real %s ranking add up to the score',
    (method) => {
      for (const category of kb.categories) {
        const ranking = rank(
          kb,
          { version: 1, environment: { bgp: false }, weights: {}, mustHave: [] },
          { category: category.id, method },
        );
        for (const option of ranking.ranking) {
          const total = toSegments(ranking.criteria, option).reduce((sum, s) => sum + s.percent, 0);
          expect(total).toBeCloseTo(option.score * 100, 9);
        }
      }
    },
  );
});
