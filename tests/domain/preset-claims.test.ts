import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { RawFile } from '../../src/domain/knowledge';
import { methods, rank, type Method, type RankedOption, type Ranking } from '../../src/domain/scoring';
import type { CategoryId, Preset, Solution } from '../../src/domain/schemas';
import { composeStack, orchestratorOf } from '../../src/domain/stack';
import { knowledgeFiles, makeCriterion, makeOption, problemsOf, profile, text } from './builders';

// Each preset's description says what the team needs and what the survey concluded for such a
// team. These tests hold the preset's top pick to those words: the claim is derived from the
// description and checked on the winner's own attributes in the knowledge base (its requirements,
// pod boundary and resolved levels), and where the description names an option, that the option
// ranks first. Where today's knowledge contradicts the description the case is an `it.fails`, with
// the reason: it turns red as soon as the data (or the description) is brought into line.
//
// This replaces "preset X is a valid profile", which could not fail on its own: the loader already
// refuses a preset that is not a valid profile (see the first describe below).

const kb = readKnowledge();

function presetOf(id: string): Preset {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`preset ${id} is missing`);
  return found;
}

interface Top {
  option: Solution;
  ranked: RankedOption;
  ranking: Ranking;
  /** The winner's resolved level (0–4) on a criterion the preset weights. */
  level: (criterion: string) => number;
}

function topOf(presetId: string, category: CategoryId, method: Method): Top {
  const ranking = rank(kb, presetOf(presetId).profile, { category, method });
  const ranked = ranking.ranking[0];
  const option = ranked && kb.optionById.get(ranked.id);
  if (!ranked || !option) throw new Error(`${presetId}: nothing ranked in ${category}`);
  const level = (criterion: string) => {
    const i = ranking.criteria.findIndex((c) => c.criterion === criterion);
    if (i < 0) throw new Error(`${presetId} does not weight ${criterion}`);
    return ranked.levels[i] as number;
  };
  return { option, ranked, ranking, level };
}

const satisfiedAt = (criterion: string): number => {
  const found = kb.criterionById.get(criterion);
  if (!found) throw new Error(`unknown criterion ${criterion}`);
  return found.satisfiedAt;
};

/** Facts of the network underneath that a site may or may not have. */
const FABRIC = ['bgp', 'l2', 'sriov', 'openstack', 'udpOffload'];
/** A requirement that only a fabric feature (BGP, L2, SR-IOV, OpenStack, offload) can meet. */
const needsFabric = (o: Solution): boolean =>
  o.requires.some((r) => r.anyOf.every((m) => Object.keys(m).some((k) => FABRIC.includes(k))));
const needsFact = (o: Solution, key: string): boolean =>
  o.requires.some((r) => r.anyOf.every((m) => Object.keys(m).includes(key)));

/** The winner is at least "satisfied" on every criterion named. */
function meets(top: Top, criteria: string[]): void {
  for (const c of criteria)
    expect(top.level(c), `${top.option.id} on ${c}`).toBeGreaterThanOrEqual(satisfiedAt(c));
}

interface Claim {
  preset: string;
  /** Words of the preset's English description the claim rests on. */
  quote: string;
  /** What is checked on the networking winner. */
  claim: string;
  check: (top: Top) => void;
  /** Methods for which the knowledge contradicts the description today, and why. */
  diverges?: Partial<Record<Method, string>>;
}

const claims: Claim[] = [
  {
    preset: 'kubernetes-coreos-offload',
    quote: 'the simplest overlay that works everywhere',
    claim: 'the winner is an overlay (pods behind the host) that needs no BGP, L2, SR-IOV or OpenStack',
    check: (top) => {
      expect(top.option.podBoundary?.kind).toBe('nat');
      expect(needsFabric(top.option)).toBe(false);
    },
  },
  {
    preset: 'kubernetes-coreos-offload',
    quote: 'flannel is a good choice',
    claim: 'the named option, flannel (VXLAN, the mode offload speeds up), ranks first',
    check: (top) => expect(top.option.family).toBe('flannel'),
    diverges: {
      // flannel-vxlan is 9th (0.721 vs cilium 0.801): it wins simplicity (4 vs 2, weight 5) but
      // loses serviceLoadBalancing, ipam, networkPolicy, encryption, debuggability, hybridCloud, scale.
      weighted: 'cilium leads; flannel-vxlan is 9th',
      // flannel-vxlan is 6th (0.722 vs calico-ipip 0.767): ipam 2 vs 4 and networkPolicy 2 vs 4.
      topsis: 'calico-ipip leads; flannel-vxlan is 6th',
    },
  },
  {
    preset: 'mesos-shop',
    quote: 'every container to have its own routable, stable IP instead of host networking with random ports',
    claim: 'the winner gives every container its own IP and keeps it (ipPerContainer, fixedIp satisfied)',
    check: (top) => meets(top, ['ipPerContainer', 'fixedIp']),
  },
  {
    preset: 'mesos-shop',
    quote: 'whether hosts share an L2 segment is not known yet',
    claim: 'the best option that does not rest on the unknown L2 fact is the named Calico',
    check: (top) => {
      const sure = top.ranking.ranking
        .map((o) => kb.optionById.get(o.id) as Solution)
        .find((o) => !needsFact(o, 'l2'));
      expect(sure?.family).toBe('calico');
    },
  },
  {
    preset: 'mesos-shop',
    quote: '"Mesos + Calico"',
    claim: 'the named option, Calico, ranks first',
    check: (top) => expect(top.option.family).toBe('calico'),
    diverges: {
      // macvlan 0.7585 vs calico-ipip 0.7542: macvlan needs L2, which this preset leaves unknown, so
      // it is kept on an assumption and wins on ipPerContainer, legacyInterop, throughput, latency.
      weighted: 'macvlan (kept on the unknown L2) leads calico-ipip by 0.004',
    },
  },
  {
    preset: 'private-dc-bgp-performance',
    quote:
      'throughput, latency and CPU cost close to bare metal matter most, with policy between applications',
    claim: 'the winner is satisfied on throughput, latency, cpuEfficiency and networkPolicy',
    check: (top) => meets(top, ['throughput', 'latency', 'cpuEfficiency', 'networkPolicy']),
  },
  {
    preset: 'private-dc-bgp-performance',
    quote: 'where BGP is usable, go straight for calico bgp',
    claim: 'the named option, calico-bgp, ranks first',
    check: (top) => expect(top.option.id).toBe('calico-bgp'),
    diverges: {
      // cilium 0.832 vs calico-bgp 0.808. Measured evidence (daocloud / spiderpool / cuericlee
      // benchmarks) resolves calico-bgp's throughput to 1.7 and latency to 2.41 although it is
      // judged 4 with BGP: the benchmarks' setups may not be calico in BGP mode — worth a look.
      weighted: 'cilium leads; calico-bgp is 2nd',
      topsis: 'cilium leads; calico-bgp is 4th',
    },
  },
  {
    preset: 'private-dc-l2',
    quote: 'containers must be reachable from the existing (legacy) network without NAT and keep fixed IPs',
    claim: 'the winner puts pods on the L2 segment (no NAT), reaches legacy networks and keeps fixed IPs',
    check: (top) => {
      expect(top.option.podBoundary?.kind).toBe('l2');
      meets(top, ['legacyInterop', 'fixedIp']);
    },
  },
  {
    preset: 'private-dc-l2',
    quote: 'PPTV in seed 004 (linuxbridge with addresses from the physical subnet',
    claim: 'one of the named options, Linux bridge (PPTV) or macvlan (Shurenyun), ranks first',
    check: (top) => expect(['linux-bridge', 'macvlan']).toContain(top.option.family),
    diverges: {
      // ipvlan 0.77121 vs linux-bridge-vlan 0.77107 vs macvlan 0.767: a near tie that ipvlan takes on
      // cpuEfficiency and scale. Under the weighted sum macvlan is first.
      topsis: 'ipvlan leads linux-bridge-vlan by 0.0001',
    },
  },
  {
    preset: 'public-cloud-no-bgp',
    quote: 'without BGP, consider calico ipip',
    claim: 'the named option, calico-ipip, ranks first, and it needs no BGP, L2, offload or SR-IOV',
    check: (top) => {
      expect(top.option.id).toBe('calico-ipip');
      expect(needsFabric(top.option)).toBe(false);
    },
  },
  {
    preset: 'public-cloud-no-bgp',
    quote: 'weave is not an option',
    claim: 'no Weave mode is ranked at all',
    check: (top) => {
      const weave = kb.options.filter((o) => o.family === 'weave').map((o) => o.id);
      expect(weave.length).toBeGreaterThan(0);
      for (const id of weave) expect(top.ranking.ranking.map((o) => o.id)).not.toContain(id);
    },
  },
  {
    preset: 'public-cloud-no-bgp',
    quote: 'Cross-host pod traffic is non-negotiable; policy and simplicity matter',
    claim: 'the winner is satisfied on crossHost, networkPolicy and simplicity',
    check: (top) => meets(top, ['crossHost', 'networkPolicy', 'simplicity']),
  },
  {
    preset: 'swarm-shop',
    quote: 'A private cloud scheduled by Docker Swarm',
    claim: 'the winner plugs into Docker (CNM or plain Docker), and is simple to run',
    check: (top) => {
      const models = top.option.pluginModels?.models ?? [];
      expect(models.some((m) => m === 'cnm' || m === 'docker')).toBe(true);
      meets(top, ['simplicity']);
    },
  },
  {
    preset: 'swarm-shop',
    quote: 'values what is native and easy to run: built-in overlay and DNS, host or bridge networking',
    claim: "the winner is one of Docker's own networks (overlay, host or bridge)",
    check: (top) => expect(top.option.family).toBe('docker'),
    diverges: {
      // macvlan and linux-bridge-vlan need L2, which the preset leaves unknown; docker-overlay is
      // 5th (weighted) / 4th (TOPSIS), behind on throughput, latency, debuggability and maturity.
      weighted: 'macvlan (kept on the unknown L2) leads; docker-overlay is 5th',
      topsis: 'linux-bridge-vlan (kept on the unknown L2) leads; docker-overlay is 4th',
    },
  },
  {
    preset: 'telco-high-performance',
    quote: 'near-native throughput, latency and CPU cost outweigh simplicity',
    claim: 'the winner is at the top level (4) on throughput, latency and cpuEfficiency',
    check: (top) => {
      for (const c of ['throughput', 'latency', 'cpuEfficiency']) expect(top.level(c), c).toBe(4);
    },
  },
  {
    preset: 'telco-high-performance',
    quote: 'containers face the company intranet and are isolated by VLAN',
    claim: 'the winner puts pods on the intranet segment and separates tenants (multiTenancy satisfied)',
    check: (top) => {
      expect(top.option.podBoundary?.kind).toBe('l2');
      meets(top, ['multiTenancy']);
    },
  },
  {
    preset: 'telco-high-performance',
    quote: 'SR-IOV for pods that talk to the company intranet',
    claim: 'the named option, SR-IOV, ranks first',
    check: (top) => expect(top.option.id).toBe('sriov'),
    diverges: {
      // macvlan is as fast (4/4/4) and beats sriov on debuggability, dns, fixedIp, maturity and
      // simplicity; sriov is 9th (weighted) / 6th (TOPSIS).
      weighted: 'macvlan leads; sriov is 9th',
      topsis: 'macvlan leads; sriov is 6th',
    },
  },
];

describe('the loader refuses a preset that is not a valid profile', () => {
  const preset = (over: Record<string, unknown>): RawFile => ({
    path: 'presets/p.json',
    data: { id: 'p', name: text('P'), description: text('a preset'), profile: profile(over) },
  });
  const files = (p: RawFile) =>
    knowledgeFiles([makeCriterion('throughput')], [makeOption('a', { throughput: 2 })], [p]);

  it('accepts a valid one (fixture check)', () => {
    expect(problemsOf(files(preset({ weights: { throughput: 3 }, mustHave: ['throughput'] })))).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    [
      'an unknown weighted criterion',
      { weights: { speed: 3 } },
      /presets\/p\.json: profile\.weights\.speed: unknown criterion/,
    ],
    [
      'an unknown must-have',
      { mustHave: ['teleport'] },
      /presets\/p\.json: profile\.mustHave: unknown criterion "teleport"/,
    ],
    [
      'a weight out of range',
      { weights: { throughput: 9 } },
      /presets\/p\.json[\s\S]*profile\.weights\.throughput/,
    ],
    ['an unknown environment key', { environment: { gpu: true } }, /presets\/p\.json[\s\S]*gpu/],
  ])('%s', (_name, over, problem) => {
    const found = problemsOf(files(preset(over)));
    expect(
      found.some((p) => problem.test(p)),
      found.join('\n'),
    ).toBe(true);
  });
});

describe('each preset’s networking winner is what its description claims', () => {
  it('every preset has at least one claim, and every claim quotes its preset’s description', () => {
    expect(kb.presets.length).toBeGreaterThan(0);
    for (const p of kb.presets)
      expect(
        claims.some((c) => c.preset === p.id),
        p.id,
      ).toBe(true);
    for (const c of claims) expect(presetOf(c.preset).description.en, c.preset).toContain(c.quote);
  });

  const cases = claims.flatMap((c) => methods.map((method) => ({ ...c, method })));
  for (const { preset, quote, claim, check, diverges, method } of cases) {
    const name = `${preset} (${method}) «${quote}»: ${claim}`;
    const divergence = diverges?.[method];
    if (divergence)
      it.fails(`${name} — KNOWN DIVERGENCE: ${divergence}`, () => check(topOf(preset, 'networking', method)));
    else it(name, () => check(topOf(preset, 'networking', method)));
  }
});

describe('each preset’s stack runs on the orchestrator the preset names', () => {
  const withOrchestrator = kb.presets.filter((p) => p.profile.environment.orchestrator !== undefined);

  it.each(withOrchestrator.flatMap((p) => methods.map((m) => [p.id, m] as const)))(
    '%s (%s)',
    (id, method) => {
      const preset = presetOf(id);
      const outcome = composeStack(kb, preset.profile, method);
      if (!outcome.ok) throw new Error(`${id}: no stack`);
      const orchestration = outcome.stack.picks.find((p) => p.category === 'orchestration')?.option;
      expect(orchestration && orchestratorOf(kb, orchestration)).toBe(
        preset.profile.environment.orchestrator,
      );
    },
  );

  // «on Mesos + Marathon (plus Chronos for jobs)»: Marathon is archived, so with
  // includeUnmaintained left false it is excluded and the stack runs Chronos alone.
  it.fails.each(methods)(
    'mesos-shop (%s): the Mesos pick is Marathon — KNOWN DIVERGENCE: Marathon is archived',
    (method) => {
      expect(presetOf('mesos-shop').description.en).toContain('Mesos + Marathon');
      const outcome = composeStack(kb, presetOf('mesos-shop').profile, method);
      const orchestration = outcome.ok
        ? outcome.stack.picks.find((p) => p.category === 'orchestration')
        : undefined;
      expect(orchestration?.option.id).toBe('mesos-marathon');
    },
  );
});
