import { describe, expect, it } from 'vitest';
import type { EnvMatch, Orchestrator } from '../../../src/domain/schemas';
import {
  describeAnyOf,
  describeCondition,
  describeMatch,
} from '../../../src/features/option/describe-condition';
import { optionMessages } from '../../../src/features/option/messages';
import {
  benchmarkResultsFor,
  caseStudiesUsing,
  englishOrdinal,
  orchestratorsAccepting,
} from '../../../src/features/option/option-facts';
import { kb } from '../../ui/render-app';

const en = optionMessages.en;
const name = (id: Orchestrator) => ({ kubernetes: 'Kubernetes', mesos: 'Mesos' })[id as 'kubernetes'] ?? id;

describe('describeCondition', () => {
  it.each<[EnvMatch, string]>([
    [{ udpOffload: true }, 'with UDP offload: yes'],
    [{ bgp: false }, 'with BGP peering: no'],
    [{ sriov: true }, 'with SR-IOV NICs: yes'],
    [{ kernelAtLeast: '5.4' }, 'with kernel ≥ 5.4'],
    [{ cloud: ['private', 'bare-metal'] }, 'with hosts in: private data centre or bare metal'],
    [{ orchestrator: ['kubernetes', 'mesos'] }, 'with orchestrator: Kubernetes or Mesos'],
    [
      { kernelAtLeast: '4.2', l2: true, udpOffload: true },
      'with L2 access: yes and UDP offload: yes and kernel ≥ 4.2',
    ],
  ])('%j → %s', (match, text) => {
    expect(describeCondition(match, en, name)).toBe(text);
  });

  it.each<['zh' | 'ru', string]>([
    ['zh', '当 UDP 卸载：是 时'],
    ['ru', 'если разгрузка UDP: да'],
  ])('speaks %s', (language, text) => {
    expect(describeCondition({ udpOffload: true }, optionMessages[language], name)).toBe(text);
  });
});

describe('describeAnyOf', () => {
  it.each<[EnvMatch[], string]>([
    [[{ l2: true }], 'L2 access: yes'],
    [[{ bgp: true }, { l2: true }], 'BGP peering: yes or L2 access: yes'],
    [
      [{ bgp: true, kernelAtLeast: '4.2' }, { sriov: true }],
      '(BGP peering: yes and kernel ≥ 4.2) or SR-IOV NICs: yes',
    ],
  ])('%j → %s', (anyOf, text) => {
    expect(describeAnyOf(anyOf, en, name)).toBe(text);
  });

  it('describes a single match without brackets', () => {
    expect(describeMatch({ bgp: true, l2: false }, en, name)).toBe('BGP peering: yes and L2 access: no');
  });
});

describe('englishOrdinal', () => {
  it.each<[number, string]>([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i → %s', (n, text) => {
    expect(englishOrdinal(n)).toBe(text);
  });
});

describe('option facts from the knowledge base', () => {
  it('finds the case studies whose stack names the option, and only those', () => {
    for (const o of kb.options) {
      const found = caseStudiesUsing(kb.caseStudies, o.id);
      for (const c of found) expect(JSON.stringify(c.stack)).toContain(`"${o.id}"`);
      const others = kb.caseStudies.filter((c) => !found.includes(c));
      for (const c of others) expect(c.stack.flatMap((l) => l.options)).not.toContain(o.id);
    }
    expect(caseStudiesUsing(kb.caseStudies, 'no-such-option')).toEqual([]);
  });

  it('collects every benchmark result measured on flannel-vxlan', () => {
    const rows = benchmarkResultsFor(kb.benchmarks, 'flannel-vxlan');
    const expected = kb.benchmarks.reduce(
      (n, b) =>
        n + b.series.reduce((m, s) => m + s.results.filter((r) => r.option === 'flannel-vxlan').length, 0),
      0,
    );
    expect(expected).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected);
    for (const row of rows) {
      expect(row.benchmark.series).toContain(row.series);
      expect(row.series.results).toContain(row.result);
    }
    expect(benchmarkResultsFor(kb.benchmarks, 'no-such-option')).toEqual([]);
  });

  it('says which orchestrators accept a plugin model', () => {
    const cni = orchestratorsAccepting(kb.environment, 'cni').map((o) => o.id);
    expect(cni).toContain('kubernetes');
    expect(orchestratorsAccepting(kb.environment, 'cnm').map((o) => o.id)).not.toContain('kubernetes');
  });
});
