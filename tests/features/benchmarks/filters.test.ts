import { describe, expect, it } from 'vitest';
import {
  countVisible,
  filterBenchmarks,
  measuredOptions,
  metricKind,
  parseFilter,
  type MetricKind,
} from '../../../src/features/benchmarks/filters';
import { kb } from '../../ui/render-app';

const series = (benchmarkId: string, seriesId: string) => {
  const found = kb.benchmarks.find((b) => b.id === benchmarkId)?.series.find((s) => s.id === seriesId);
  if (!found) throw new Error(`no series ${benchmarkId}/${seriesId}`);
  return found;
};

describe('metricKind', () => {
  it.each<[string, string, MetricKind]>([
    ['infrabuilder-cni-2024', 'tcp-multi-stream', 'throughput'],
    ['infrabuilder-cni-2020', 'udp', 'throughput'],
    ['clovertrail-docker-multihost-2017', 'ratio-to-vm', 'throughput'],
    ['seed-004-overlay-cost', 'encapsulation-loss', 'throughput'],
    ['seed-004-douban-cloud-vm', 'bandwidth-order', 'throughput'],
    ['infrabuilder-cni-2024', 'wireguard-tcp-multi-stream', 'encryption'],
    ['infrabuilder-cni-2024', 'ipsec-tcp-multi-stream', 'encryption'],
    ['infrabuilder-cni-2020', 'encrypted-udp', 'encryption'],
    ['infrabuilder-cni-2024', 'server-cpu-tcp-multi-stream', 'cpu'],
    ['cmgs-docker-network-cloud', 'cpu-load-order', 'cpu'],
    ['seed-004-douban-cloud-vm', 'cpu-vxlan-order', 'cpu'],
    ['infrabuilder-cni-2024', 'pod-mtu', 'other'],
    ['machinezone-k8s-networking-2015', 'latency-order', 'other'],
    ['infrabuilder-cni-2020', 'idle-ram', 'other'],
  ])('%s / %s is %s', (benchmarkId, seriesId, kind) => {
    expect(metricKind(series(benchmarkId, seriesId), 'en')).toBe(kind);
  });

  it.each(kb.benchmarks.flatMap((b) => b.series.map((s) => [`${b.id} / ${s.id}`, s] as const)))(
    '%s has the same kind read in Chinese and in Russian as in English',
    (_, s) => {
      const kind = metricKind(s, 'en');
      expect([metricKind(s, 'zh'), metricKind(s, 'ru')]).toEqual([kind, kind]);
    },
  );
});

describe('measuredOptions', () => {
  it('lists each measured option once, sorted, all known to the knowledge base', () => {
    const ids = measuredOptions(kb.benchmarks);
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(ids).toContain('cilium');
    for (const id of ids) expect(kb.optionById.has(id), id).toBe(true);
  });
});

describe('filterBenchmarks', () => {
  it('keeps everything without a filter', () => {
    const all = filterBenchmarks(kb.benchmarks, {}, 'en');
    expect(countVisible(all)).toEqual({
      sources: kb.benchmarks.length,
      series: kb.benchmarks.reduce((n, b) => n + b.series.length, 0),
    });
  });

  it.each(measuredOptions(kb.benchmarks))('by option %s: exactly the series measuring it', (option) => {
    const visible = filterBenchmarks(kb.benchmarks, { option }, 'en');
    const shown = new Set(visible.flatMap((v) => v.series));
    for (const b of kb.benchmarks)
      for (const s of b.series) expect(shown.has(s)).toBe(s.results.some((r) => r.option === option));
  });

  it('combines option and kind', () => {
    const visible = filterBenchmarks(kb.benchmarks, { option: 'cilium', kind: 'encryption' }, 'zh');
    expect(visible.length).toBeGreaterThan(0);
    for (const v of visible)
      for (const s of v.series) {
        expect(metricKind(s, 'zh')).toBe('encryption');
        expect(s.results.some((r) => r.option === 'cilium')).toBe(true);
      }
  });
});

describe('parseFilter', () => {
  it('reads known values and ignores unknown ones', () => {
    const known = measuredOptions(kb.benchmarks);
    expect(parseFilter(new URLSearchParams('option=cilium&kind=cpu'), known)).toEqual({
      option: 'cilium',
      kind: 'cpu',
    });
    expect(parseFilter(new URLSearchParams('option=nope&kind=speed'), known)).toEqual({
      option: undefined,
      kind: undefined,
    });
  });
});
