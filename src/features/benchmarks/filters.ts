import type { Benchmark, BenchmarkSeries, Language } from '@/domain/schemas';

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
// Each pattern knows the words of all three languages, so a series has the same kind in every one.
const kindPatterns: readonly [MetricKind, RegExp][] = [
  ['encryption', /encrypt|wireguard|ipsec|加密|шифр/i],
  ['cpu', /cpu|cores|ядр/i],
  ['throughput', /throughput|bandwidth|iperf|gbit|mbit|g\/sec|吞吐|带宽|пропускн|полос/i],
];

/** The kind of a series, read from its id, unit and metric name in the given language. */
export function metricKind(series: BenchmarkSeries, language: Language): MetricKind {
  const text = `${series.id} ${series.unit} ${series.metric[language]}`;
  return kindPatterns.find(([, pattern]) => pattern.test(text))?.[0] ?? 'other';
}

/** Every option id measured by some benchmark, each once, in id order. */
export function measuredOptions(benchmarks: readonly Benchmark[]): string[] {
  const ids = new Set<string>();
  for (const b of benchmarks)
    for (const s of b.series) for (const r of s.results) if (r.option !== undefined) ids.add(r.option);
  return [...ids].sort();
}

const seriesMatches = (series: BenchmarkSeries, filter: BenchmarkFilter, language: Language): boolean =>
  (filter.kind === undefined || metricKind(series, language) === filter.kind) &&
  (filter.option === undefined || series.results.some((r) => r.option === filter.option));

/** The benchmarks with at least one series passing the filter, each with only those series. */
export function filterBenchmarks(
  benchmarks: readonly Benchmark[],
  filter: BenchmarkFilter,
  language: Language,
): VisibleBenchmark[] {
  return benchmarks.flatMap((benchmark) => {
    const series = benchmark.series.filter((s) => seriesMatches(s, filter, language));
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
