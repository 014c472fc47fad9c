import { describe, expect, it } from 'vitest';
import type { BenchmarkSeries } from '../../../src/domain/schemas';
import {
  isRankOnly,
  niceTicks,
  percentIsRedundant,
  plottedValue,
  toChartData,
  toRankItems,
  wrapLabel,
} from '../../../src/features/benchmarks/to-chart-data';
import { kb } from '../../ui/render-app';

const makeSeries = (over: Partial<BenchmarkSeries> = {}): BenchmarkSeries => ({
  id: 'test',
  metric: { en: 'Throughput', zh: '吞吐量', ru: 'Пропускная способность' },
  unit: 'Gbit/s',
  higherIsBetter: true,
  results: [{ label: 'a', value: 1 }],
  ...over,
});

const findSeries = (benchmarkId: string, seriesId: string): BenchmarkSeries => {
  const series = kb.benchmarks.find((b) => b.id === benchmarkId)?.series.find((s) => s.id === seriesId);
  if (!series) throw new Error(`no series ${benchmarkId}/${seriesId} in the knowledge base`);
  return series;
};

describe('toChartData', () => {
  it('computes % of baseline and marks it as derived', () => {
    const data = toChartData(
      makeSeries({
        baseline: { label: 'Bare metal', value: 40 },
        results: [
          { label: 'half', value: 20 },
          { label: 'most', value: 39.5 },
        ],
      }),
    );
    expect(data.hasBaseline).toBe(true);
    expect(data.rows.map((r) => [r.label, r.isBaseline, r.percentOfBaseline])).toEqual([
      ['Bare metal', true, { value: 100, derived: true }],
      ['most', false, { value: 98.75, derived: true }],
      ['half', false, { value: 50, derived: true }],
    ]);
    expect(data.rows.map((r) => plottedValue(r, 'percent'))).toEqual([100, 98.75, 50]);
    expect(data.rows.map((r) => plottedValue(r, 'values'))).toEqual([40, 39.5, 20]);
  });

  it('gives no percentage without a baseline, or with a zero baseline', () => {
    expect(toChartData(makeSeries()).rows.map((r) => r.percentOfBaseline)).toEqual([undefined]);
    const zero = toChartData(makeSeries({ baseline: { label: 'none', value: 0 } }));
    expect(zero.rows.every((r) => r.percentOfBaseline === undefined)).toBe(true);
  });

  it.each<[boolean, string[]]>([
    [true, ['high', 'tie-1', 'tie-2', 'low']],
    [false, ['low', 'tie-1', 'tie-2', 'high']],
  ])('sorts best first when higherIsBetter=%s, ties in source order', (higherIsBetter, expected) => {
    const series = makeSeries({
      higherIsBetter,
      results: [
        { label: 'tie-1', value: 5 },
        { label: 'low', value: 1 },
        { label: 'tie-2', value: 5 },
        { label: 'high', value: 9 },
      ],
    });
    expect(toChartData(series).rows.map((r) => r.label)).toEqual(expected);
  });

  // The 2024 notes quote "NN% of bare metal (ratio derived by us …)": our computation must agree.
  it.each(['tcp-multi-stream', 'tcp-single-stream', 'wireguard-tcp-multi-stream', 'ipsec-tcp-multi-stream'])(
    'agrees with the percentages noted in InfraBuilder 2024 %s',
    (seriesId) => {
      const rows = toChartData(findSeries('infrabuilder-cni-2024', seriesId)).rows.filter(
        (r) => !r.isBaseline,
      );
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const quoted = /^(\d+)% of bare metal/.exec(row.note?.en ?? '')?.[1];
        expect(quoted, row.label).toBeDefined();
        expect(Math.round(row.percentOfBaseline?.value ?? NaN), row.label).toBe(Number(quoted));
        expect(row.percentOfBaseline?.derived).toBe(true);
      }
    },
  );
});

describe('isRankOnly / toRankItems', () => {
  it('tells ordinal series from measured ones in the knowledge base', () => {
    expect(isRankOnly(findSeries('cmgs-docker-network-cloud', 'cpu-load-order'))).toBe(true);
    expect(isRankOnly(findSeries('seed-004-douban-cloud-vm', 'bandwidth-order'))).toBe(true);
    expect(isRankOnly(findSeries('infrabuilder-cni-2024', 'tcp-multi-stream'))).toBe(false);
  });

  it('orders by rank, keeps ties in source order and puts unranked results last', () => {
    const items = toRankItems(
      makeSeries({
        results: [
          { label: 'third', rank: 3 },
          { label: 'unranked', value: 2 },
          { label: 'first', rank: 1 },
          { label: 'third too', rank: 3 },
        ],
      }),
    );
    expect(items.map((i) => [i.label, i.rank])).toEqual([
      ['first', 1],
      ['third', 3],
      ['third too', 3],
      ['unranked', undefined],
    ]);
  });
});

describe('percentIsRedundant', () => {
  it.each<[string, string, boolean]>([
    ['cuericlee-k8s-network-perf', 'throughput-pct-of-host', true],
    ['seed-004-douban-cloud-vm', 'vxlan-ceiling-no-offload', true],
    ['infrabuilder-cni-2024', 'tcp-multi-stream', false],
    ['clovertrail-docker-multihost-2017', 'ratio-to-vm', false],
  ])('%s / %s → %s', (benchmarkId, seriesId, expected) => {
    expect(percentIsRedundant(findSeries(benchmarkId, seriesId))).toBe(expected);
  });
});

describe('niceTicks', () => {
  it.each<[number, number, number[]]>([
    [3.67, 5, [0, 1, 2, 3, 4]],
    [39.54, 5, [0, 10, 20, 30, 40]],
    [40, 5, [0, 10, 20, 30, 40]],
    [9834, 5, [0, 2500, 5000, 7500, 10000]],
    [9834, 3, [0, 5000, 10000]],
    [1, 5, [0, 0.25, 0.5, 0.75, 1]],
    [132.2, 3, [0, 100, 200]],
    [0, 5, [0, 1]],
  ])('max %d, about %d ticks → %j', (max, target, expected) => {
    expect(niceTicks(max, target)).toEqual(expected);
  });
});

describe('wrapLabel', () => {
  it.each<[string, number, string[]]>([
    ['Calico eBPF', 20, ['Calico eBPF']],
    [
      'Calico + IaaS IP addresses (portable IPs) + host affinity',
      20,
      ['Calico + IaaS IP', 'addresses (portable', 'IPs) + host affinity'],
    ],
    ['Bare metal (unencrypted) (baseline)', 24, ['Bare metal (unencrypted)', '(baseline)']],
    ['supercalifragilistic', 8, ['supercal', 'ifragili', 'stic']],
  ])('%s at %d characters', (label, max, expected) => {
    const lines = wrapLabel(label, max);
    expect(lines).toEqual(expected);
    expect(lines.every((l) => l.length <= max)).toBe(true);
  });
});
