import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { Knowledge } from '../../src/domain/knowledge';
import { categoryIds, type CategoryId, type OptionId, type Profile } from '../../src/domain/schemas';
import { compareRanked, methods, rank, type Method, type Ranking } from '../../src/domain/scoring';
import { orderRows } from '../../src/domain/scoring/score-rows';
import { rankAcceptability } from '../../src/domain/sensitivity';
import { composeStack, type Pins, type StackOutcome } from '../../src/domain/stack';
import { syntheticKnowledge } from '../bench/synthetic-knowledge';
import { validProfile } from '../fuzz/generators';
import { explainedRank } from './oracles/explained-rank';
import { sampledAcceptability } from './oracles/sampled-smaa';
import { searchedStack } from './oracles/searched-stack';
import { makeCriterion, makeKnowledge, makeOption } from './builders';

const kb = readKnowledge();

/** A ranking as plain data: the lazily worked-out contributions read, own fields and getters alike. */
const plainRanking = (r: Ranking) => ({
  ...r,
  ranking: r.ranking.map((o) => ({
    id: o.id,
    name: o.name,
    score: o.score,
    levels: [...o.levels],
    cells: [...o.cells],
    contributions: [...o.contributions],
    caveats: o.caveats,
    state: o.state,
  })),
});

/** Compiled and explained rankings agree on everything, each score to the last bit. */
function expectSameRanking(kb: Knowledge, profile: Profile, category: CategoryId, method: Method) {
  const compiled = rank(kb, profile, { category, method });
  const explained = explainedRank(kb, profile, { category, method });
  expect(compiled.ranking.map((o) => o.id)).toEqual(explained.ranking.map((o) => o.id));
  compiled.ranking.forEach((o, i) => expect(Object.is(o.score, explained.ranking[i]?.score)).toBe(true));
  expect(plainRanking(compiled)).toEqual(plainRanking(explained));
}

const profileOf = (over: Partial<Profile>): Profile => ({
  version: 1,
  environment: {},
  weights: {},
  mustHave: [],
  ...over,
});

/** Valid profiles, sometimes allowing unmaintained projects. */
const profiles = (k: Knowledge) =>
  fc
    .tuple(validProfile(k), fc.option(fc.boolean(), { nil: undefined }))
    .map(([p, includeUnmaintained]): Profile =>
      includeUnmaintained === undefined ? p : { ...p, includeUnmaintained },
    );

describe('the compiled ranking equals the explained one', () => {
  const fixed: [string, Profile][] = [
    ...kb.presets.map((p): [string, Profile] => [p.id, p.profile]),
    ['empty profile', profileOf({})],
    [
      'unmaintained allowed',
      profileOf({ includeUnmaintained: true, mustHave: kb.criteria.slice(0, 2).map((c) => c.id) }),
    ],
  ];

  it.each(fixed)('real knowledge base, %s: every category, both methods', (_, profile) => {
    for (const category of categoryIds)
      for (const method of methods) expectSameRanking(kb, profile, category, method);
  });

  it('real knowledge base, random profiles in sequence (the caches see one after another)', () => {
    fc.assert(
      fc.property(profiles(kb), fc.constantFrom(...categoryIds), fc.constantFrom(...methods), (p, c, m) =>
        expectSameRanking(kb, p, c, m),
      ),
      { numRuns: 300, seed: 11 },
    );
  });

  it.each([
    [40, 8],
    [300, 25],
    [1000, 50],
  ])('synthetic knowledge base, %i options × %i criteria', (options, criteria) => {
    const synthetic = syntheticKnowledge(options, criteria);
    const ids = synthetic.criteria.map((c) => c.id);
    const arbitrary = fc.record({
      env: fc.record(
        {
          orchestrator: fc.constantFrom('kubernetes', 'mesos' as const),
          bgp: fc.boolean(),
          udpOffload: fc.boolean(),
        },
        { requiredKeys: [] },
      ),
      weights: fc.dictionary(fc.constantFrom(...ids), fc.integer({ min: 0, max: 5 }), { maxKeys: criteria }),
      mustHave: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 2 }),
      method: fc.constantFrom(...methods),
    });
    fc.assert(
      fc.property(arbitrary, ({ env, weights, mustHave, method }) =>
        expectSameRanking(
          synthetic,
          profileOf({ environment: env, weights, mustHave }),
          'networking',
          method,
        ),
      ),
      { numRuns: options >= 1000 ? 12 : 40, seed: options },
    );
  });

  it('scores a rounding apart rank by id, as compareRanked orders them (TOPSIS)', () => {
    // The same levels in another order: equal in exact arithmetic, one ulp apart in TOPSIS's sums.
    const rows: [string, number[]][] = [
      ['alpha', [4, 0, 4, 0, 3, 0]],
      ['beta', [4, 0, 0, 0, 3, 4]],
      ['gamma', [3, 4, 2, 4, 1, 2]],
      ['delta', [4, 3, 2, 4, 2, 1]],
    ];
    const criteria = rows[0]?.[1].map((_, i) => makeCriterion(`c${i}`)) ?? [];
    const options = rows.map(([id, levels]) =>
      makeOption(id, Object.fromEntries(levels.map((level, i) => [`c${i}`, level]))),
    );
    const tiny = makeKnowledge(criteria, options);
    const topsis = rank(tiny, profileOf({}), { category: 'networking', method: 'topsis' }).ranking;
    const [alpha, beta] = ['alpha', 'beta'].map((id) => topsis.find((o) => o.id === id)?.score ?? NaN);
    expect(alpha).not.toBe(beta);
    expect(Math.abs((alpha as number) - (beta as number))).toBeLessThan(1e-15);
    for (const method of methods) expectSameRanking(tiny, profileOf({}), 'networking', method);
  });

  it.each<[string, string[], number[]]>([
    [
      'runs within the tolerance',
      ['e', 'd', 'a', 'f', 'b', 'c', 'g'],
      [0.5, 0.5 + 4e-10, 0.5 + 8e-10, 0.7, 0.5 + 2e-10, 0.3, 0.7],
    ],
    [
      'a chain wider than the tolerance',
      ['b', 'a', 'e', 'c', 'd', 'f'],
      [0.5 + 18e-10, 0.5 + 18e-10, 0.5 + 18e-10, 0.5, 0.5 + 12e-10, 0.5 + 6e-10],
    ],
  ])('orders near-equal scores exactly as compareRanked does: %s', (_, names, values) => {
    const scores = Float64Array.from(values);
    const ids = names as OptionId[];
    const ranks = Int32Array.from(ids, (id) => [...ids].sort().indexOf(id));
    const expected = ids
      .map((id, r) => ({ id, score: scores[r] as number, r }))
      .sort(compareRanked)
      .map((x) => x.r);
    expect([...orderRows(scores, ranks, (r) => ids[r] as OptionId)]).toEqual(expected);
  });

  it('rows shared between rankings are frozen, so no caller can change another ranking', () => {
    const [first] = rank(kb, profileOf({}), { category: 'networking', method: 'weighted' }).ranking;
    expect(Object.isFrozen(first?.levels)).toBe(true);
    expect(Object.isFrozen(first?.cells)).toBe(true);
  });
});

describe('the sampler equals drawing every value first and scoring after', () => {
  it.each(methods)('real knowledge base, %s: every category of every preset', (method) => {
    for (const preset of kb.presets) {
      for (const category of categoryIds) {
        const ranking = rank(kb, preset.profile, { category, method });
        expect(rankAcceptability(ranking, 400, 3)).toEqual(sampledAcceptability(ranking, 400, 3));
      }
    }
  });

  it('10,000 samples on networking, and through a structured clone as the worker receives it', () => {
    const ranking = rank(kb, profileOf({}), { category: 'networking', method: 'weighted' });
    const expected = sampledAcceptability(ranking, 10_000, 1);
    expect(rankAcceptability(ranking, 10_000, 1)).toEqual(expected);
    expect(rankAcceptability(structuredClone(ranking), 10_000, 1)).toEqual(expected);
  });
});

/** A stack outcome as plain data: ids, scores and rules. */
function plainOutcome(outcome: StackOutcome) {
  if (!outcome.ok) return outcome;
  const { picks, total, conflicts } = outcome.stack;
  return {
    total,
    conflicts,
    picks: picks.map((p) => ({
      category: p.category,
      id: p.option.id,
      members: p.members.map((m) => [m.option.id, m.roles]),
      pipeline: p.pipeline,
      score: p.score,
      pinned: p.pinned,
      alternatives: p.alternatives.map((a) => ({ ...a, members: a.members.map((m) => m.option.id) })),
    })),
  };
}

describe('the stack search on numbers equals the search on candidate objects', () => {
  const expectSameStack = (profile: Profile, method: Method, pins: Pins = {}): void => {
    expect(plainOutcome(composeStack(kb, profile, method, pins))).toEqual(
      plainOutcome(searchedStack(kb, profile, method, pins)),
    );
  };

  it.each(kb.presets.map((p) => [p.id, p.profile] as const))('preset %s, both methods', (_, profile) => {
    for (const method of methods) expectSameStack(profile, method);
  });

  it('random profiles and pins', () => {
    const pin = fc.constantFrom(...kb.options.map((o): Pins => ({ [o.category]: o.id })));
    fc.assert(
      fc.property(profiles(kb), fc.option(pin, { nil: undefined }), (profile, pins) =>
        expectSameStack(profile, 'weighted', pins),
      ),
      { numRuns: 60, seed: 5 },
    );
  });
});
