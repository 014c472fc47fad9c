import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { compareKernel, rank, type Method, type Ranking } from '../../src/domain/scoring';
import { profileSchema, type CategoryId } from '../../src/domain/schemas';

// The judgements the "done means" pins, on the real knowledge base.
const kb = readKnowledge();
const methods: Method[] = ['weighted', 'topsis'];

function run(category: CategoryId, method: Method, over: Record<string, unknown>): Ranking {
  const profile = profileSchema.parse({ version: 1, environment: {}, weights: {}, mustHave: [], ...over });
  return rank(kb, profile, { category, method });
}
function score(result: Ranking, id: string): number {
  const option = result.ranking.find((o) => o.id === id);
  if (!option) throw new Error(`${id} is not ranked`);
  return option.score;
}

describe('Meizu: SR-IOV > OVS VLAN > Linux bridge VLAN on throughput', () => {
  it.each(methods)('%s, strictly', (method) => {
    const result = run('networking', method, {
      environment: { cloud: 'private', l2: true, sriov: true },
      weights: { throughput: 5 },
      includeUnmaintained: true,
    });
    expect(score(result, 'sriov')).toBeGreaterThan(score(result, 'ovs-vlan'));
    expect(score(result, 'ovs-vlan')).toBeGreaterThan(score(result, 'linux-bridge-vlan'));
    const order = result.ranking
      .map((o) => o.id)
      .filter((id) => ['sriov', 'ovs-vlan', 'linux-bridge-vlan'].includes(id));
    expect(order).toEqual(['sriov', 'ovs-vlan', 'linux-bridge-vlan']);
  });
});

describe('Tongcheng: overlayfs builds faster than devicemapper', () => {
  it.each(methods)('%s: overlayfs > devicemapper on ioPerformance', (method) => {
    const result = run('storage', method, { weights: { ioPerformance: 5 }, includeUnmaintained: true });
    expect(score(result, 'overlayfs')).toBeGreaterThan(score(result, 'devicemapper'));
  });
});

describe('calico-bgp without BGP (hosts on one L2 segment)', () => {
  const profile = (bgp: boolean) => ({
    environment: { orchestrator: 'kubernetes', cloud: 'private', bgp, l2: true },
    weights: { legacyInterop: 5, throughput: 3 },
  });
  const calico = (bgp: boolean, method: Method) => {
    const result = run('networking', method, profile(bgp));
    const option = result.ranking.find((o) => o.id === 'calico-bgp');
    if (!option) throw new Error('calico-bgp is not ranked');
    const index = result.criteria.findIndex((c) => c.criterion === 'legacyInterop');
    return { option, legacyInterop: option.levels[index] };
  };

  it.each(methods)('%s: no BGP → legacy interop below 4, with the L2 / static routes caveat', (method) => {
    const { option, legacyInterop } = calico(false, method);
    expect(legacyInterop).toBeLessThan(4);
    const caveats = option.caveats.map((c) => c.note.en).join('\n');
    expect(caveats).toMatch(/L2 segment/);
    expect(caveats).toMatch(/static routes/);
  });

  it.each(methods)('%s: with BGP → legacy interop 4 and no caveat', (method) => {
    const { option, legacyInterop } = calico(true, method);
    expect(legacyInterop).toBe(4);
    expect(option.caveats).toEqual([]);
  });

  it('scores lower without BGP than with it', () => {
    expect(calico(false, 'weighted').option.score).toBeLessThan(calico(true, 'weighted').option.score);
  });
});

describe('docker-overlay kernel boundary, as the data states it', () => {
  const requires = kb.optionById.get('docker-overlay')?.requires ?? [];
  const boundary = requires.flatMap((r) => r.anyOf.flatMap((m) => m.kernelAtLeast ?? []))[0];

  it('the data pins kernel ≥ 3.16 (Docker 1.9 docs)', () => {
    expect(boundary).toBe('3.16');
  });

  it.each<[string, boolean]>([
    ['3.15', false],
    ['3.16', true],
    ['3.9', false],
    ['3.18', true],
    ['4.0', true],
  ])('kernel %s accepted: %s', (kernel, accepted) => {
    expect(compareKernel(kernel, boundary ?? '99.0') >= 0).toBe(accepted);
    const result = run('networking', 'weighted', { environment: { kernel } });
    expect(result.ranking.some((o) => o.id === 'docker-overlay')).toBe(accepted);
    const excluded = result.excluded.find((o) => o.id === 'docker-overlay');
    if (!accepted) expect(excluded?.reasons.map((r) => r.kind)).toEqual(['environment']);
    else expect(excluded).toBeUndefined();
  });
});
