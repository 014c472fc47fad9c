import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { MUST_HAVE_WEIGHT, rank, type Assumption, type Ranking } from '../../src/domain/scoring';
import { describeAssumption } from '../../src/words';
import { profileSchema, type Environment } from '../../src/domain/schemas';
import { makeCriterion, makeKnowledge, makeOption, profile, when } from './builders';

const P = (over: Record<string, unknown> = {}) => profileSchema.parse(profile(over));
const ids = (r: { id: string }[]) => r.map((o) => o.id);
const kept = (result: Ranking) =>
  result.assumptions.filter(
    (a): a is Extract<Assumption, { kind: 'keptOnUnknown' }> => a.kind === 'keptOnUnknown',
  );

describe('a must-have never fails on an unknown fact (builder knowledge base)', () => {
  const kb = makeKnowledge(
    [makeCriterion('throughput'), makeCriterion('simplicity')],
    [
      makeOption('offload-only', {
        throughput: { level: 1, when: [when({ udpOffload: true }, 4)] },
        simplicity: 3,
      }),
      makeOption('always-fast', { throughput: 4, simplicity: 1 }),
      makeOption('never-fast', {
        throughput: { level: 1, when: [when({ udpOffload: true }, 2)] },
        simplicity: 4,
      }),
    ],
  );
  const run = (environment: Environment) =>
    rank(kb, P({ environment, mustHave: ['throughput'] }), { category: 'networking', method: 'weighted' });

  it.each<[string, Environment, string[], string[]]>([
    ['offload unknown: kept', {}, ['always-fast', 'offload-only'], ['never-fast']],
    [
      'offload present: passes outright',
      { udpOffload: true },
      ['always-fast', 'offload-only'],
      ['never-fast'],
    ],
    ['offload absent: excluded', { udpOffload: false }, ['always-fast'], ['never-fast', 'offload-only']],
  ])('%s', (_name, environment, ranked, excluded) => {
    const result = run(environment);
    expect(ids(result.ranking).sort()).toEqual(ranked);
    expect(ids(result.excluded)).toEqual(excluded);
  });

  it('says which option was kept, on which must-have and which unknown key decides it', () => {
    const result = run({});
    expect(kept(result)).toEqual([
      { kind: 'keptOnUnknown', option: 'offload-only', criterion: 'throughput', keys: ['udpOffload'] },
    ]);
    expect(kept(result).map((a) => describeAssumption(a, 'en', kb))).toEqual([
      'offload-only kept: must-have "throughput" passes only if environment.udpOffload turns out favourable (unknown)',
    ]);
    expect(kept(run({ udpOffload: true }))).toEqual([]);
  });

  it('still fails an option that no outcome of the unknown fact would rescue, naming its level', () => {
    const reason = run({}).excluded.find((o) => o.id === 'never-fast')?.reasons[0];
    expect(reason).toMatchObject({ kind: 'mustHave', criterion: 'throughput', level: 1, required: 3 });
  });
});

describe('a must-have without a weight counts in the ranking', () => {
  const kb = makeKnowledge(
    [makeCriterion('fixedIp'), makeCriterion('simplicity'), makeCriterion('throughput')],
    [
      makeOption('a-fast', { fixedIp: 4, simplicity: 2, throughput: 4 }),
      makeOption('b-simple', { fixedIp: 3, simplicity: 4, throughput: 0 }),
    ],
  );

  it('with other weights: the must-have joins with MUST_HAVE_WEIGHT and moves the scores', () => {
    const withMust = rank(kb, P({ weights: { simplicity: 1 }, mustHave: ['fixedIp'] }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(withMust.criteria).toEqual([
      { criterion: 'fixedIp', weight: MUST_HAVE_WEIGHT, fromMustHave: true },
      { criterion: 'simplicity', weight: 1 },
    ]);
    // a-fast: (3·400 + 1·200) / (400·4) = 0.875; b-simple: (3·300 + 1·400) / 1600 = 0.8125
    expect(withMust.ranking.map((o) => [o.id, o.score])).toEqual([
      ['a-fast', 0.875],
      ['b-simple', 0.8125],
    ]);
    expect(withMust.assumptions.filter((a) => a.kind === 'equalWeights')).toEqual([]);
  });

  it('a must-have that has a weight keeps its own weight', () => {
    const result = rank(kb, P({ weights: { fixedIp: 5 }, mustHave: ['fixedIp'] }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(result.criteria).toEqual([{ criterion: 'fixedIp', weight: 5 }]);
  });

  it('without any weight: the others weigh 1, the must-have MUST_HAVE_WEIGHT, and the assumption says so', () => {
    const result = rank(kb, P({ mustHave: ['fixedIp'] }), { category: 'networking', method: 'weighted' });
    expect(result.criteria.map((c) => [c.criterion, c.weight])).toEqual([
      ['fixedIp', MUST_HAVE_WEIGHT],
      ['simplicity', 1],
      ['throughput', 1],
    ]);
    const text = result.assumptions
      .filter((a) => a.kind === 'equalWeights')
      .map((a) => describeAssumption(a));
    expect(text).toHaveLength(1);
    // It must not claim every criterion counts the same while the must-have counts more.
    expect(text[0]).toContain(`count ${MUST_HAVE_WEIGHT}`);
    expect(text[0]).toMatch(/\b1 must-have/);
  });

  it('without weights or must-haves the assumption mentions no must-have', () => {
    const result = rank(kb, P(), { category: 'networking', method: 'weighted' });
    expect(result.assumptions.map((a) => describeAssumption(a))).toEqual([
      'no weights set for networking criteria: all weighted equally',
    ]);
  });

  it.each(['zh', 'ru'] as const)('the %s text names the must-have weight too', (lang) => {
    const result = rank(kb, P({ mustHave: ['fixedIp'] }), { category: 'networking', method: 'weighted' });
    const equal = result.assumptions.find((a) => a.kind === 'equalWeights');
    expect(equal && describeAssumption(equal, lang)).toContain(String(MUST_HAVE_WEIGHT));
  });
});

describe('must-have throughput on the real knowledge base', () => {
  const kb = readKnowledge();
  const offloadOrL2 = ['antrea', 'cilium', 'flannel-vxlan'];
  const run = (environment: Environment) =>
    rank(kb, P({ environment, mustHave: ['throughput'] }), { category: 'networking', method: 'weighted' });

  it('keeps options that pass only with offload or L2 while those facts are unknown, naming the keys', () => {
    const result = run({});
    for (const id of offloadOrL2) {
      expect(ids(result.ranking), id).toContain(id);
      const assumption = kept(result).find((a) => a.option === id);
      expect(assumption?.criterion, id).toBe('throughput');
      expect(assumption?.keys, id).toContain('udpOffload');
    }
  });

  it('excludes them once offload and L2 are known to be absent (cilium also needs BGP absent)', () => {
    const result = run({ udpOffload: false, l2: false, bgp: false });
    for (const id of offloadOrL2) {
      expect(ids(result.ranking), id).not.toContain(id);
      expect(
        result.excluded.find((o) => o.id === id)?.reasons.map((r) => r.kind),
        id,
      ).toContain('mustHave');
    }
  });

  it('counts the unweighted must-have with MUST_HAVE_WEIGHT', () => {
    expect(run({}).criteria.find((c) => c.criterion === 'throughput')).toEqual({
      criterion: 'throughput',
      weight: MUST_HAVE_WEIGHT,
      fromMustHave: true,
    });
  });
});
