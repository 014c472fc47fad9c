import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { categoryIds } from '../../src/domain/schemas';

const kb = readKnowledge();

const contractNetworkingIds =
  `docker-bridge docker-host docker-overlay flannel-udp flannel-vxlan flannel-host-gw
calico-bgp calico-ipip weave-sleeve weave-fastdp macvlan ipvlan ovs-vlan ovs-vxlan contiv sriov linux-bridge-vlan
pipework cilium canal antrea kube-router`.split(/\s+/);

const contractNetworkingCriteria =
  `crossHost ipPerContainer fixedIp ipMigration dns serviceLoadBalancing networkPolicy
multiTenancy encryption ipam throughput latency cpuEfficiency simplicity debuggability legacyInterop hybridCloud scale
maturity`.split(/\s+/);

const companies =
  `jd zhihu ctrip qunar alibaba-ecommerce-cloud tongcheng netease-hive tencent-gaia didi mogujie qiniu
meizu ucloud vipshop pptv shurenyun unnamed-calico-adopter`.split(/\s+/);

const seedFiles = [
  '000_0eb3a329df458a88.txt',
  '001_96264d3b7a33fad4.txt',
  '002_74dbc629e273ce7a.txt',
  '003_79b3db35b2df2944.txt',
  '004_04f6043f6078430a.txt',
];

/** Every SourceRef anywhere in a value. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'source' && child && typeof child === 'object' && 'section' in child)
        out.push((child as { source: string }).source);
      else refs(child, out);
    }
  }
  return out;
}

describe('the real knowledge base', () => {
  it('holds every networking option id and criterion of the public contract', () => {
    for (const id of contractNetworkingIds) expect(kb.optionById.get(id)?.category, id).toBe('networking');
    expect(
      kb.criteriaByCategory
        .get('networking')
        ?.map((c) => c.id)
        .sort(),
    ).toEqual([...contractNetworkingCriteria].sort());
  });

  it.each(categoryIds)('has options with documented criteria in %s', (category) => {
    expect((kb.optionsByCategory.get(category) ?? []).length).toBeGreaterThanOrEqual(2);
    expect((kb.criteriaByCategory.get(category) ?? []).length).toBeGreaterThanOrEqual(5);
  });

  it('has a case study for every company in the survey', () => {
    expect(kb.caseStudies.map((c) => c.id).sort()).toEqual([...companies].sort());
  });

  // That every cited source is registered is the loader's own check (it refuses an unknown one).
  it('cites every survey document', () => {
    const cited = new Set(refs([kb.options, kb.caseStudies, kb.benchmarks, kb.environment]));
    const seeds = kb.sources.filter((s) => s.kind === 'seed');
    expect(seeds.map((s) => s.file).sort()).toEqual(seedFiles);
    for (const seed of seeds) expect(cited.has(seed.id), seed.id).toBe(true);
  });

  // The schema fixes the shape "YYYY-MM"; a month out of range or a date to come passes it.
  it('dates a maintenance status with a real month, never in the future', () => {
    for (const option of kb.options) {
      if (option.status.asOf === undefined) continue;
      const month = Number(option.status.asOf.slice(5));
      expect(month >= 1 && month <= 12, `${option.id}: ${option.status.asOf}`).toBe(true);
      expect(option.status.asOf <= '2026-12', option.id).toBe(true);
    }
  });
});
