import { describe, expect, it } from 'vitest';
import { rankingToText } from '../../src/cli/text-output';
import { rankingToJson } from '../../src/cli/to-json';
import { methods, rank, topsis, weightedSum, type Method } from '../../src/domain/scoring';
import { profileSchema } from '../../src/domain/schemas';
import { makeCriterion, makeKnowledge, makeOption, profile } from './builders';

const P = (over: Record<string, unknown> = {}) => profileSchema.parse(profile(over));
const ids = (r: { id: string }[]) => r.map((o) => o.id);
const criteria = [makeCriterion('a'), makeCriterion('b'), makeCriterion('c')];

describe('identical values tie exactly and are ordered by id', () => {
  // Inserted z before a, so insertion order and id order disagree.
  const kb = makeKnowledge(criteria, [
    makeOption('z-twin', { a: 3, b: 1, c: 4 }),
    makeOption('m-other', { a: 1, b: 1, c: 1 }),
    makeOption('a-twin', { a: 3, b: 1, c: 4 }),
  ]);

  it.each<Method>([...methods])('%s', (method) => {
    const result = rank(kb, P({ weights: { a: 2, b: 5, c: 3 } }), { category: 'networking', method });
    expect(ids(result.ranking)).toEqual(['a-twin', 'z-twin', 'm-other']);
    const [first, second] = result.ranking;
    expect(first?.score === second?.score).toBe(true);
  });
});

/**
 * Pairs whose scores are mathematically equal but are computed from different terms, chosen so
 * that naive floating-point arithmetic puts the option with the later id ahead.
 */
describe('mathematically equal scores built from different sums are still ordered by id', () => {
  it('the pairs really differ in floating point when computed naively (guards the fixtures)', () => {
    // weighted, weights 1,3,5: 3·0 + ... = 15/36 for both; naive sums of shares differ in the last bit
    const w = [1, 3, 5];
    const naive = (v: number[]) => weightedSum(w, v).contributions.reduce((s, c) => s + c, 0);
    expect(naive([300, 400, 0])).toBeLessThan(naive([0, 0, 300]));
    // TOPSIS, equal weights: permuted values give closeness values one ulp apart
    expect(topsis([1, 1, 1], [0, 200, 300]).score).toBeLessThan(topsis([1, 1, 1], [0, 300, 200]).score);
  });

  it.each<[Method, Record<string, number>, Record<string, number>, Record<string, number>]>([
    ['weighted', { a: 1, b: 3, c: 5 }, { a: 3, b: 4, c: 0 }, { a: 0, b: 0, c: 3 }],
    ['topsis', { a: 1, b: 1, c: 1 }, { a: 0, b: 2, c: 3 }, { a: 0, b: 3, c: 2 }],
  ])('%s with weights %j: %j (id a) before %j (id b)', (method, weights, first, second) => {
    const kb = makeKnowledge(criteria, [makeOption('b-second', second), makeOption('a-first', first)]);
    const result = rank(kb, P({ weights }), { category: 'networking', method });
    expect(ids(result.ranking)).toEqual(['a-first', 'b-second']);
    if (method === 'weighted') expect(result.ranking[0]?.score).toBe(result.ranking[1]?.score);
  });
});

describe('the CLI keeps the tie order', () => {
  const kb = makeKnowledge(criteria, [
    makeOption('c-twin', { a: 2, b: 2, c: 2 }),
    makeOption('b-twin', { a: 2, b: 2, c: 2 }),
    makeOption('b-permuted', { a: 0, b: 3, c: 2 }),
    makeOption('a-permuted', { a: 0, b: 2, c: 3 }),
  ]);

  it.each<Method>([...methods])('%s: JSON ranking and text table list ties by id', (method) => {
    const result = rank(kb, P({ weights: { a: 1, b: 1, c: 1 } }), { category: 'networking', method });
    const json = rankingToJson(kb, result);
    const order = ids(json.ranking);
    expect(order).toEqual(ids(result.ranking));
    // twins first (0.5), then the permuted pair (which tie on both methods)
    expect(order).toEqual(['b-twin', 'c-twin', 'a-permuted', 'b-permuted']);
    expect(json.ranking[0]?.score).toBe(json.ranking[1]?.score);
    expect(json.ranking[2]?.score).toBe(json.ranking[3]?.score);
    const table = rankingToText(kb, result)
      .split('\n')
      .flatMap((line) => /^\s+\d+\. (\S+)/.exec(line)?.[1] ?? []);
    expect(table).toEqual(order);
  });
});
