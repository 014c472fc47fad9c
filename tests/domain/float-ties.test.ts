import { describe, expect, it } from 'vitest';
import { compareRanked, rank, SCORE_EPSILON, sameScore, topsis } from '../../src/domain/scoring';
import { orderRows } from '../../src/domain/scoring/score-rows';
import { confidence } from '../../src/domain/sensitivity';
import { profileSchema, type OptionId } from '../../src/domain/schemas';
import { makeCriterion, makeKnowledge, makeOption, profile } from './builders';

// exact-ties.test.ts covers identical values and one TOPSIS pair one ulp apart; these are the
// floating-point cases: scores equal but for rounding noise are tied (ordered by id, reported as
// tied), and scores further apart than SCORE_EPSILON are not.

const ε = SCORE_EPSILON;
/** Two TOPSIS scores that are equal on paper (permuted values, equal weights) and differ by rounding. */
const noisyLow = topsis([1, 1, 1], [0, 200, 300]).score;
const noisyHigh = topsis([1, 1, 1], [0, 300, 200]).score;

describe('sameScore', () => {
  it('fixture: the noisy pairs really differ in floating point', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(noisyLow).not.toBe(noisyHigh);
  });

  it.each<[string, number, number, boolean]>([
    ['0.1 + 0.2 vs 0.3', 0.1 + 0.2, 0.3, true],
    ['0.7 + 0.1 vs 0.8 (noise the other way)', 0.7 + 0.1, 0.8, true],
    ['TOPSIS of permuted values', noisyLow, noisyHigh, true],
    ['half an epsilon apart', 0.5, 0.5 + ε / 2, true],
    ['twice the epsilon apart', 0.5, 0.5 + 2 * ε, false],
    ['one millionth apart', 0.5, 0.500001, false],
    [
      'the smallest weighted-sum step with Σw = 95 (all 19 networking criteria at 5)',
      0.5,
      0.5 + 1 / (400 * 95),
      false,
    ],
  ])('%s → tied: %s', (_name, a, b, tied) => {
    expect(sameScore(a, b)).toBe(tied);
    expect(sameScore(b, a)).toBe(tied);
  });
});

describe('compareRanked: a tie is ordered by id whichever way the noise points', () => {
  it.each<[string, { id: string; score: number }, { id: string; score: number }, string[]]>([
    ['noise favours the later id', { id: 'b', score: 0.1 + 0.2 }, { id: 'a', score: 0.3 }, ['a', 'b']],
    ['noise favours the earlier id', { id: 'a', score: 0.1 + 0.2 }, { id: 'b', score: 0.3 }, ['a', 'b']],
    [
      'beyond the epsilon the score decides',
      { id: 'a', score: 0.5 },
      { id: 'b', score: 0.5 + 2 * ε },
      ['b', 'a'],
    ],
  ])('%s', (_name, x, y, expected) => {
    const a = { ...x, id: x.id as OptionId };
    const b = { ...y, id: y.id as OptionId };
    expect([a, b].sort(compareRanked).map((o) => o.id)).toEqual(expected);
    expect([b, a].sort(compareRanked).map((o) => o.id)).toEqual(expected);
  });
});

describe('orderRows (the order rank gives): ties within the epsilon by id, others by score', () => {
  /** `orderRows` on rows given as id → score, in this insertion order; returns ids best first. */
  function order(rows: [string, number][]): string[] {
    const scores = Float64Array.from(rows, ([, s]) => s);
    const byId = rows.map(([id]) => id).sort();
    const ranks = Int32Array.from(rows, ([id]) => byId.indexOf(id));
    const idOf = (r: number) => (rows[r] as [string, number])[0];
    return Array.from(
      orderRows(scores, ranks, (r) => idOf(r) as OptionId),
      idOf,
    );
  }

  it.each<[string, [string, number][], string[]]>([
    [
      'a pair one rounding apart, the later id higher',
      [
        ['a', 0.3],
        ['b', 0.1 + 0.2],
      ],
      ['a', 'b'],
    ],
    [
      'three within the epsilon, raw order the reverse of id order',
      [
        ['a', 0.7],
        ['b', 0.7 + 0.4 * ε],
        ['c', 0.7 + 0.8 * ε],
      ],
      ['a', 'b', 'c'],
    ],
    [
      'two epsilons apart: by score, not by id',
      [
        ['a', 0.5],
        ['b', 0.5 + 2 * ε],
      ],
      ['b', 'a'],
    ],
    [
      'a noisy tie between a clear winner and a clear loser',
      [
        ['d', 0.2],
        ['c', noisyHigh],
        ['b', noisyLow],
        ['a', 0.9],
      ],
      ['a', 'b', 'c', 'd'],
    ],
  ])('%s', (_name, rows, expected) => {
    expect(order(rows)).toEqual(expected);
    // The same order as the comparator the CLI and the app share.
    const oracle = rows.map(([id, score]) => ({ id: id as OptionId, score })).sort(compareRanked);
    expect(oracle.map((o) => o.id)).toEqual(expected);
  });
});

describe('rank and confidence on a six-way TOPSIS tie built from rounding noise', () => {
  // Every permutation of the levels (0, 2, 3) over three equally weighted criteria: the same
  // closeness on paper, two different doubles in practice. The two permutations that come out
  // lower get the first ids, so raw score order and id order disagree.
  const permutations: [string, [number, number, number]][] = [
    ['a-023', [0, 2, 3]],
    ['b-203', [2, 0, 3]],
    ['c-032', [0, 3, 2]],
    ['d-230', [2, 3, 0]],
    ['e-302', [3, 0, 2]],
    ['f-320', [3, 2, 0]],
  ];
  const criteria = ['a', 'b', 'c'].map((id) => makeCriterion(id));
  const kb = makeKnowledge(criteria, [
    makeOption('z-worse', { a: 0, b: 1, c: 3 }),
    ...permutations.map(([id, [a, b, c]]) => makeOption(id, { a, b, c })),
  ]);
  const p = profileSchema.parse(profile({ weights: { a: 2, b: 2, c: 2 } }));
  const result = rank(kb, p, { category: 'networking', method: 'topsis' });
  const ids = result.ranking.map((o) => o.id);

  it('fixture: the tied options’ scores are not all the same double', () => {
    const scores = new Set(result.ranking.slice(0, 6).map((o) => o.score));
    expect(scores.size).toBeGreaterThan(1);
    const score = (id: string) => result.ranking.find((o) => o.id === id)?.score ?? NaN;
    expect(score('a-023')).toBeLessThan(score('f-320'));
  });

  it('lists the six in id order, ahead of the worse option', () => {
    expect(ids).toEqual([...permutations.map(([id]) => id), 'z-worse']);
  });

  it('every pair of the six is the same score; the worse option is not', () => {
    const [first] = result.ranking;
    for (const o of result.ranking.slice(1, 6))
      expect(sameScore(o.score, first?.score ?? NaN), o.id).toBe(true);
    expect(sameScore(result.ranking[6]?.score ?? NaN, first?.score ?? NaN)).toBe(false);
  });

  it('confidence reports the other five as tied with the winner', () => {
    const sure = confidence(kb, p, result, 50, 1);
    expect(sure.tiedWithWinner).toEqual(permutations.slice(1).map(([id]) => id));
  });

  it('an option one level better on one criterion is not tied with them', () => {
    const better = makeKnowledge(criteria, [
      ...permutations.map(([id, [a, b, c]]) => makeOption(id, { a, b, c })),
      makeOption('y-better', { a: 1, b: 2, c: 3 }),
    ]);
    const ranked = rank(better, p, { category: 'networking', method: 'topsis' });
    expect(ranked.ranking[0]?.id).toBe('y-better');
    expect(confidence(better, p, ranked, 50, 1).tiedWithWinner).toEqual([]);
  });
});
