import type { Benchmark, BenchmarkSeries } from '@/domain/schemas';

export const metricKinds = ['throughput', 'cpu', 'encryption', 'other'] as const;
export type MetricKind = (typeof metricKinds)[number];

export interface BenchmarkFilter {
  /** An option id, or undefined for every option. */
  option?: string;
  /** A metric kind, or undefined for every kind. */
  kind?: MetricKind;
}

export interface VisibleBenchmark {
  benchmark: Benchmark;
  series: BenchmarkSeries[];
}

// Checked in this order: an encrypted throughput is an encryption figure, a CPU ordering is a CPU figure.
const kindPatterns: readonly [MetricKind, RegExp][] = [
  ['encryption', /encrypt|wireguard|ipsec/i],
  ['cpu', /cpu|cores/i],
  ['throughput', /throughput|bandwidth|iperf|gbit|mbit|g\/sec/i],
];

/** The kind of a series, read from its id, unit and English metric name. */
export function metricKind(series: BenchmarkSeries): MetricKind {
  const text = `${series.id} ${series.unit} ${series.metric.en}`;
  return kindPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** Every option id measured by some benchmark, each once, in id order. */
export function measuredOptions(benchmarks: readonly Benchmark[]): string[] {
  const ids = new Set<string>();
  for (const b of benchmarks)
    for (const s of b.series) for (const r of s.results) if (r.option !== undefined) ids.add(r.option);
  return [...ids].sort();
}

const seriesMatches = (series: BenchmarkSeries, filter: BenchmarkFilter): boolean =>
  (filter.kind === undefined || metricKind(series) === filter.kind) &&
  (filter.option === undefined || series.results.some((r) => r.option === filter.option));

/** The benchmarks with at least one series passing the filter, each with only those series. */
export function filterBenchmarks(
  benchmarks: readonly Benchmark[],
  filter: BenchmarkFilter,
): VisibleBenchmark[] {
  return benchmarks.flatMap((benchmark) => {
    const series = benchmark.series.filter((s) => seriesMatches(s, filter));
    return series.length > 0 ? [{ benchmark, series }] : [];
  });
}

export function countVisible(visible: readonly VisibleBenchmark[]): { sources: number; series: number } {
  return { sources: visible.length, series: visible.reduce((n, v) => n + v.series.length, 0) };
}

/** Reads the filter from the URL query, ignoring values that name nothing known. */
export function parseFilter(query: URLSearchParams, knownOptions: readonly string[]): BenchmarkFilter {
  const option = query.get('option') ?? undefined;
  const kind = metricKinds.find((k) => k === query.get('kind'));
  return { option: option !== undefined && knownOptions.includes(option) ? option : undefined, kind };
}
