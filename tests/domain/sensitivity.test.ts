import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { Knowledge } from '../../src/domain/knowledge';
import { rank, type Method, type Ranking } from '../../src/domain/scoring';
import { profileSchema, type Profile } from '../../src/domain/schemas';
import { nearMisses, rankAcceptability, stability } from '../../src/domain/sensitivity';
import { makeCriterion, makeKnowledge, makeOption, profile, requirement } from './builders';

const P = (over: Record<string, unknown> = {}) => profileSchema.parse(profile(over));
const criteria = [makeCriterion('p'), makeCriterion('q'), makeCriterion('r')];

/** Independent of the engine's fast path: the README formulas, on values in hundredths of a step. */
function scoreOf(method: Method, weights: number[], values: number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  if (method === 'weighted')
    return weights.reduce((s, w, i) => s + w * (values[i] as number), 0) / (400 * total);
  let plus = 0;
  let minus = 0;
  weights.forEach((w, i) => {
    const v = (values[i] as number) / 400;
    plus += ((w / total) * (1 - v)) ** 2;
    minus += ((w / total) * v) ** 2;
  });
  const d = Math.sqrt(plus) + Math.sqrt(minus);
  return d === 0 ? 0 : Math.sqrt(minus) / d;
}

interface Scan {
  from: number;
  to: number;
  flipsTo: string | null;
}

/** Brute force: today's winner over a grid of one weight, the others fixed; winner by score then id. */
function scan(result: Ranking, k: number, step: number): Scan {
  const table = result.ranking.map((o) => ({
    id: o.id,
    values: o.cells.map((c) => Math.round(c.value * 100)),
  }));
  const weights = result.criteria.map((c) => c.weight);
  const winnerAt = (x: number): string => {
    const w = weights.map((v, i) => (i === k ? x : v));
    let best = table[0] as (typeof table)[number];
    let bestScore = -1;
    for (const row of table) {
      const s = scoreOf(result.method, w, row.values);
      if (s > bestScore + 1e-9 || (Math.abs(s - bestScore) <= 1e-9 && row.id < best.id)) {
        best = row;
        bestScore = s;
      }
    }
    return best.id;
  };
  const winner = result.ranking[0]?.id;
  const n = Math.round(5 / step);
  const at = (i: number) => Math.min(5, i * step);
  const current = Math.round((weights[k] as number) / step);
  let lo = current;
  let hi = current;
  while (lo > 0 && winnerAt(at(lo - 1)) === winner) lo -= 1;
  while (hi < n && winnerAt(at(hi + 1)) === winner) hi += 1;
  const below = lo > 0 ? winnerAt(at(lo - 1)) : null;
  const above = hi < n ? winnerAt(at(hi + 1)) : null;
  const w = weights[k] as number;
  const nearerBelow = w - at(lo) <= at(hi) - w;
  return {
    from: at(lo),
    to: at(hi),
    flipsTo: below && above ? (nearerBelow ? below : above) : (below ?? above),
  };
}

function checkInterval(result: Ranking, step: number, tolerance: number) {
  const found = stability(result);
  expect(found.map((s) => s.criterion)).toEqual(result.criteria.map((c) => c.criterion));
  found.forEach((s, k) => {
    const expected = scan(result, k, step);
    const label = `${s.criterion} (weight ${s.weight})`;
    expect(s.weight, label).toBe(result.criteria[k]?.weight);
    expect(s.holdsFrom, label).toBeLessThanOrEqual(s.weight);
    expect(s.holdsTo, label).toBeGreaterThanOrEqual(s.weight);
    expect(
      Math.abs(s.holdsFrom - expected.from),
      `${label} holdsFrom ${s.holdsFrom} vs ${expected.from}`,
    ).toBeLessThanOrEqual(tolerance);
    expect(
      Math.abs(s.holdsTo - expected.to),
      `${label} holdsTo ${s.holdsTo} vs ${expected.to}`,
    ).toBeLessThanOrEqual(tolerance);
  });
}

function checkFlips(result: Ranking, step: number) {
  stability(result).forEach((s, k) => {
    expect(s.flipsTo, `${s.criterion} (weight ${s.weight})`).toBe(scan(result, k, step).flipsTo);
  });
}

const small = makeKnowledge(criteria, [
  makeOption('alpha', { p: 4, q: 1, r: 2 }),
  makeOption('beta', { p: 2, q: 4, r: 2 }),
  makeOption('gamma', { p: 3, q: 3, r: 0 }),
  makeOption('delta', { p: 1, q: 2, r: 4 }),
]);
const smallWeights: Record<string, number>[] = [
  { p: 3, q: 1, r: 1 },
  { p: 1, q: 3, r: 1 },
  { p: 2, q: 2, r: 4 },
  { p: 5, q: 4, r: 2 },
];

describe('stability: the weight interval in which the winner stays first', () => {
  const kb = readKnowledge();
  const example = (name: string): Profile =>
    profileSchema.parse(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  const cases: [string, () => Ranking, number][] = [
    ...smallWeights.flatMap((weights) =>
      (['weighted', 'topsis'] as Method[]).map((method): [string, () => Ranking, number] => [
        `builder set, ${method}, weights ${JSON.stringify(weights)}`,
        () => rank(small, P({ weights }), { category: 'networking', method }),
        method === 'weighted' ? 0.0011 : 0.01,
      ]),
    ),
    ...(['private-dc-bgp', 'public-cloud'] as const).flatMap((name) =>
      (['weighted', 'topsis'] as Method[]).map((method): [string, () => Ranking, number] => [
        `examples/${name}.json, ${method}`,
        () => rank(kb, example(name), { category: 'networking', method }),
        method === 'weighted' ? 0.0011 : 0.01,
      ]),
    ),
  ];

  describe.each(cases)('%s', (_name, ranking, tolerance) => {
    it('holdsFrom/holdsTo match a scan of the weight over 0–5 in steps of 0.001', () => {
      checkInterval(ranking(), 0.001, tolerance);
    });
    it('flipsTo is the option first just outside the interval (nearer side)', () => {
      checkFlips(ranking(), 0.001);
    });
  });

  // ENGINE BUG (see report): at the boundary where the lead is exactly zero the id order decides, and
  // with integer weights that boundary is a setting the user can choose (here weight 0).
  it('names the option that is first at a boundary the id order decides', () => {
    const twins = makeKnowledge(criteria, [
      makeOption('a-rival', { p: 2, q: 2, r: 2 }),
      makeOption('b-winner', { p: 4, q: 2, r: 2 }),
    ]);
    const weighted = { category: 'networking', method: 'weighted' } as const;
    const result = rank(twins, P({ weights: { p: 1, q: 1, r: 1 } }), weighted);
    expect(result.ranking[0]?.id).toBe('b-winner');
    expect(rank(twins, P({ weights: { p: 0, q: 1, r: 1 } }), weighted).ranking[0]?.id).toBe('a-rival');
    expect(stability(result)[0]).toMatchObject({ criterion: 'p', holdsTo: 5, flipsTo: 'a-rival' });
  });
});

describe('rankAcceptability (SMAA)', () => {
  const result = rank(small, P({ weights: { p: 3, q: 2, r: 2 } }), {
    category: 'networking',
    method: 'weighted',
  });

  it('is deterministic for a seed and changes with the seed', () => {
    expect(rankAcceptability(result, 2000, 7)).toEqual(rankAcceptability(result, 2000, 7));
    expect(rankAcceptability(result, 2000, 8)).not.toEqual(rankAcceptability(result, 2000, 7));
    expect(rankAcceptability(result, 2000, 7)).toMatchObject({ samples: 2000, seed: 7 });
  });

  it.each<Method>(['weighted', 'topsis'])('%s: shares are proper and ranges within [0, 1]', (method) => {
    const smaa = rankAcceptability(result, 3000, 3, method);
    expect(smaa.options.map((o) => o.id)).toEqual(result.ranking.map((o) => o.id));
    for (let r = 0; r < 3; r += 1) {
      const total = smaa.options.reduce((s, o) => s + (o.ranks[r] as number), 0);
      // four options: every sample fills ranks 1–3
      expect(total).toBeCloseTo(1, 12);
    }
    for (const option of smaa.options) {
      expect(option.ranks).toHaveLength(3);
      expect(option.ranks.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-12);
      for (const share of option.ranks) expect(share).toBeGreaterThanOrEqual(0);
      const [low, high] = option.range;
      expect(low).toBeGreaterThanOrEqual(0);
      expect(high).toBeLessThanOrEqual(1);
      expect(low).toBeLessThanOrEqual(high);
    }
  });

  it('with fewer than three options the unused ranks stay empty', () => {
    const two = makeKnowledge(criteria, [
      makeOption('x', { p: 3, q: 3, r: 3 }),
      makeOption('y', { p: 1, q: 1, r: 1 }),
    ]);
    const smaa = rankAcceptability(rank(two, P(), { category: 'networking', method: 'weighted' }), 500, 1);
    expect(smaa.options.map((o) => o.ranks[2])).toEqual([0, 0]);
    expect(smaa.options.reduce((s, o) => s + (o.ranks[0] as number), 0)).toBeCloseTo(1, 12);
  });

  it.each<Method>(['weighted', 'topsis'])(
    '%s: an option that dominates every sampled value always wins',
    (method) => {
      const kb = makeKnowledge(criteria, [
        makeOption('z-top', { p: 4, q: 4, r: 4 }),
        makeOption('a-mid', { p: 2, q: 2, r: 2 }),
        makeOption('b-low', { p: 1, q: 2, r: 1 }),
      ]);
      const ranked = rank(kb, P({ weights: { p: 3, q: 3, r: 3 } }), { category: 'networking', method });
      const smaa = rankAcceptability(ranked, 2000, 11);
      expect(smaa.options[0]).toMatchObject({ id: 'z-top', ranks: [1, 0, 0] });
    },
  );

  it('two indistinguishable options share first place about evenly', () => {
    const kb = makeKnowledge(criteria, [
      makeOption('twin-a', { p: 3, q: 3, r: 3 }),
      makeOption('twin-b', { p: 3, q: 3, r: 3 }),
      makeOption('other', { p: 0, q: 1, r: 0 }),
    ]);
    const smaa = rankAcceptability(rank(kb, P(), { category: 'networking', method: 'weighted' }), 10000, 5);
    expect(smaa.options[0]?.ranks[0]).toBeCloseTo(0.5, 1);
    expect(smaa.options[1]?.ranks[0]).toBeCloseTo(0.5, 1);
    expect(smaa.options[2]?.ranks).toEqual([0, 0, 1]);
  });
});

describe('nearMisses: excluded by exactly one thing', () => {
  const kb: Knowledge = makeKnowledge(criteria, [
    makeOption('ok', { p: 3, q: 3, r: 0 }),
    makeOption('one-must', { p: 1, q: 4, r: 4 }),
    makeOption('env-only', { p: 4, q: 4, r: 1 }, { requires: [requirement([{ l2: true }])] }),
    makeOption('two-blockers', { p: 1, q: 4, r: 4 }, { requires: [requirement([{ l2: true }])] }),
  ]);
  const base = P({ environment: { l2: false, bgp: true }, weights: { q: 2, r: 1 }, mustHave: ['p'] });
  const opts = { category: 'networking' as const, method: 'weighted' as const };
  const without = (relaxed: Profile, id: string) => {
    const other = rank(kb, relaxed, opts);
    const i = other.ranking.findIndex((o) => o.id === id);
    return { wouldRank: i + 1, score: other.ranking[i]?.score };
  };

  it('reports a single must-have or environment blocker with the rank and score it would get', () => {
    const misses = nearMisses(kb, base, rank(kb, base, opts));
    expect(misses.map((m) => [m.id, m.blockedBy])).toEqual(
      expect.arrayContaining([
        ['one-must', ['mustHave:p']],
        ['env-only', ['environment.l2']],
      ]),
    );
    expect(misses).toHaveLength(2);
    const must = misses.find((m) => m.id === 'one-must');
    expect(must).toMatchObject(without({ ...base, mustHave: [] }, 'one-must'));
    const env = misses.find((m) => m.id === 'env-only');
    expect(env).toMatchObject(without({ ...base, environment: { bgp: true } }, 'env-only'));
  });

  it('leaves out an option that two things keep out', () => {
    const misses = nearMisses(kb, base, rank(kb, base, opts));
    expect(misses.map((m) => m.id)).not.toContain('two-blockers');
    expect(rank(kb, base, opts).excluded.map((o) => o.id)).toContain('two-blockers');
  });

  it('is sorted by the rank it would get', () => {
    const ranks = nearMisses(kb, base, rank(kb, base, opts)).map((m) => m.wouldRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
