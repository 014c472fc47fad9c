import { describe, expect, it } from 'vitest';
import { rank, type Method } from '../../src/domain/scoring';
import { describeAssumption, describeReason } from '../../src/words';
import { profileSchema } from '../../src/domain/schemas';
import { makeCriterion, makeKnowledge, makeOption, profile, requirement } from './builders';

const criteria = [
  makeCriterion('throughput'),
  makeCriterion('simplicity'),
  makeCriterion('fixedIp', { kind: 'capability' }),
];
const P = (over: Record<string, unknown> = {}) => profileSchema.parse(profile(over));
const ids = (r: { id: string }[]) => r.map((o) => o.id);

describe('rank: exclusion by environment', () => {
  const kb = makeKnowledge(criteria, [
    makeOption(
      'needs-l2',
      { throughput: 4, simplicity: 2, fixedIp: 4 },
      { requires: [requirement([{ l2: true }], 'needs L2 access')] },
    ),
    makeOption(
      'bgp-or-l2',
      { throughput: 4, simplicity: 2, fixedIp: 0 },
      { requires: [requirement([{ bgp: true }, { l2: true }])] },
    ),
    makeOption(
      'new-kernel',
      { throughput: 3, simplicity: 3, fixedIp: 0 },
      { requires: [requirement([{ kernelAtLeast: '3.16' }])] },
    ),
    makeOption('anywhere', { throughput: 1, simplicity: 4, fixedIp: 0 }),
  ]);

  it.each<[string, Record<string, unknown>, string[], string[]]>([
    ['nothing known excludes nothing', {}, [], ['anywhere', 'bgp-or-l2', 'needs-l2', 'new-kernel']],
    [
      'no L2 excludes the L2 option and the bgp-or-l2 one only when BGP is also absent',
      { l2: false },
      ['needs-l2'],
      ['anywhere', 'bgp-or-l2', 'new-kernel'],
    ],
    ['no L2 and no BGP', { l2: false, bgp: false }, ['bgp-or-l2', 'needs-l2'], ['anywhere', 'new-kernel']],
    [
      'BGP rescues the any-of requirement',
      { l2: false, bgp: true },
      ['needs-l2'],
      ['anywhere', 'bgp-or-l2', 'new-kernel'],
    ],
    ['kernel 3.10 is below 3.16', { kernel: '3.10' }, ['new-kernel'], ['anywhere', 'bgp-or-l2', 'needs-l2']],
    [
      'kernel 3.9 compares numerically below 3.16',
      { kernel: '3.9' },
      ['new-kernel'],
      ['anywhere', 'bgp-or-l2', 'needs-l2'],
    ],
    ['kernel 4.19 is enough', { kernel: '4.19' }, [], ['anywhere', 'bgp-or-l2', 'needs-l2', 'new-kernel']],
  ])('%s', (_name, environment, excluded, feasible) => {
    const result = rank(kb, P({ environment, weights: { throughput: 1 } }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(ids(result.excluded)).toEqual(excluded);
    expect(ids(result.ranking).sort()).toEqual(feasible);
  });

  it('names the contradicted fact, its value and the source in the reason', () => {
    const result = rank(kb, P({ environment: { l2: false } }), {
      category: 'networking',
      method: 'weighted',
    });
    const [reason] = result.excluded[0]?.reasons ?? [];
    expect(reason && describeReason(kb, reason)).toBe(
      'needs L2 access (environment.l2 is false, needs true) — source: Test source (2024), §1',
    );
  });

  it('reports unknown environment keys as assumptions instead of excluding', () => {
    const result = rank(kb, P({ environment: { l2: false }, weights: { simplicity: 1 } }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(result.assumptions.map((a) => describeAssumption(a))).toEqual([
      'environment.bgp unknown: requirements not checked for bgp-or-l2',
      'environment.kernel unknown: requirements not checked for new-kernel',
    ]);
  });
});

describe('rank: plugin models decide orchestrator fit', () => {
  const kb = makeKnowledge(criteria, [
    makeOption(
      'cnm-only',
      { throughput: 4, simplicity: 4, fixedIp: 4 },
      { pluginModels: { models: ['cnm'], source: { source: 'test-source', section: 'CNM' } } },
    ),
    makeOption(
      'cni-only',
      { throughput: 2, simplicity: 2, fixedIp: 2 },
      { pluginModels: { models: ['cni'], source: { source: 'test-source', section: 'CNI' } } },
    ),
  ]);
  it.each<[string, string[]]>([
    ['kubernetes', ['cnm-only']],
    ['swarm', ['cni-only']],
    ['nomad', []],
    ['mesos', ['cnm-only']],
  ])('%s excludes %j', (orchestrator, excluded) => {
    const result = rank(kb, P({ environment: { orchestrator } }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(ids(result.excluded)).toEqual(excluded);
  });
});

describe('rank: environment-dependent values', () => {
  const vxlan = makeOption('vxlan', {
    throughput: {
      level: 2,
      when: [
        {
          if: { udpOffload: true },
          level: 4,
          note: { en: 'offload', zh: '卸载', ru: 'разгрузка' },
          source: { source: 'test-source', section: 'offload' },
        },
      ],
    },
    simplicity: 3,
    fixedIp: 0,
  });
  const kb = makeKnowledge(criteria, [
    vxlan,
    makeOption('routed', { throughput: 3, simplicity: 3, fixedIp: 0 }),
  ]);
  const run = (environment: Record<string, unknown>) =>
    rank(kb, P({ environment, weights: { throughput: 5 } }), { category: 'networking', method: 'weighted' });

  it.each<[string, Record<string, unknown>, number, string]>([
    ['offload on uses the conditional value', { udpOffload: true }, 1, 'vxlan'],
    ['offload off uses the base value', { udpOffload: false }, 0.5, 'routed'],
    ['offload unknown uses the base value', {}, 0.5, 'routed'],
  ])('%s', (_name, environment, vxlanScore, winner) => {
    const result = run(environment);
    expect(result.ranking.find((o) => o.id === 'vxlan')?.score).toBeCloseTo(vxlanScore, 12);
    expect(result.ranking[0]?.id).toBe(winner);
  });

  it('says which values were taken without knowing the environment', () => {
    expect(run({}).assumptions.map((a) => describeAssumption(a))).toEqual([
      'environment.udpOffload unknown: base values assumed (no environment-specific value) for vxlan',
    ]);
    expect(run({ udpOffload: false }).assumptions).toEqual([]);
  });
});

describe('rank: must-haves', () => {
  const kb = makeKnowledge(criteria, [
    makeOption('keeps-ip', { throughput: 1, simplicity: 1, fixedIp: 3 }),
    makeOption('loses-ip', { throughput: 4, simplicity: 4, fixedIp: 2 }),
  ]);
  it('excludes an option below the criterion threshold, with the level and the requirement', () => {
    const result = rank(kb, P({ mustHave: ['fixedIp'] }), { category: 'networking', method: 'weighted' });
    expect(ids(result.ranking)).toEqual(['keeps-ip']);
    const [reason] = result.excluded[0]?.reasons ?? [];
    expect(reason && describeReason(kb, reason)).toBe(
      'must-have "fixedIp" not met (level 2, needs 3) — source: Test source (2024), §1',
    );
  });
});

describe('rank: scores', () => {
  const kb = makeKnowledge(criteria, [
    makeOption('b-fast', { throughput: 4, simplicity: 1, fixedIp: 0 }),
    makeOption('a-simple', { throughput: 1, simplicity: 4, fixedIp: 0 }),
    makeOption('c-twin', { throughput: 1, simplicity: 4, fixedIp: 0 }),
  ]);

  it.each<[Record<string, number>, string[]]>([
    [{ throughput: 5, simplicity: 1 }, ['b-fast', 'a-simple', 'c-twin']],
    [{ throughput: 1, simplicity: 5 }, ['a-simple', 'c-twin', 'b-fast']],
    [{ throughput: 3, simplicity: 3 }, ['a-simple', 'b-fast', 'c-twin']],
  ])('weights %j rank %j (ties broken by id)', (weights, order) => {
    for (const method of ['weighted', 'topsis'] as Method[]) {
      expect(ids(rank(kb, P({ weights }), { category: 'networking', method }).ranking)).toEqual(order);
    }
  });

  it.each<Method>(['weighted', 'topsis'])(
    '%s: scores in [0,1] and contributions add up to the score',
    (method) => {
      const result = rank(kb, P({ weights: { throughput: 4, simplicity: 2, fixedIp: 1 } }), {
        category: 'networking',
        method,
      });
      for (const option of result.ranking) {
        expect(option.score).toBeGreaterThanOrEqual(0);
        expect(option.score).toBeLessThanOrEqual(1);
        expect(option.contributions.reduce((s, c) => s + c, 0)).toBeCloseTo(option.score, 12);
      }
    },
  );

  it('ignores criteria weighted 0 and weighs all equally (saying so) when nothing is weighted', () => {
    const zero = rank(kb, P({ weights: { throughput: 5, fixedIp: 0 } }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(zero.criteria).toEqual([{ criterion: 'throughput', weight: 5 }]);
    const none = rank(kb, P(), { category: 'networking', method: 'weighted' });
    expect(none.criteria.map((c) => c.weight)).toEqual([1, 1, 1]);
    expect(none.assumptions.map((a) => describeAssumption(a))).toEqual([
      'no weights set for networking criteria: all weighted equally',
    ]);
  });

  it.each<Method>(['weighted', 'topsis'])(
    '%s: adding an option never changes the others’ scores',
    (method) => {
      const weights = { throughput: 5, simplicity: 2, fixedIp: 1 };
      const before = rank(kb, P({ weights }), { category: 'networking', method }).ranking;
      const bigger = makeKnowledge(criteria, [
        makeOption('b-fast', { throughput: 4, simplicity: 1, fixedIp: 0 }),
        makeOption('a-simple', { throughput: 1, simplicity: 4, fixedIp: 0 }),
        makeOption('c-twin', { throughput: 1, simplicity: 4, fixedIp: 0 }),
        makeOption('d-extreme', { throughput: 0, simplicity: 0, fixedIp: 4 }),
      ]);
      const after = rank(bigger, P({ weights }), { category: 'networking', method }).ranking.filter(
        (o) => o.id !== 'd-extreme',
      );
      expect(after.map((o) => [o.id, o.score])).toEqual(before.map((o) => [o.id, o.score]));
    },
  );
});
