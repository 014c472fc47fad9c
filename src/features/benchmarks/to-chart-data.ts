import type { BenchmarkResult, BenchmarkSeries, LocalizedText } from '@/domain/schemas';

/** A number we computed ourselves; the UI must say so wherever it is shown. */
export interface DerivedNumber {
  value: number;
  derived: true;
}

export interface ChartRow {
  /** Unique within the series (labels may repeat). */
  key: string;
  label: string;
  option?: string;
  /** As measured, in the series unit. */
  value: number;
  /** value ÷ baseline × 100, when the series has a non-zero baseline. */
  percentOfBaseline?: DerivedNumber;
  note?: LocalizedText;
  isBaseline: boolean;
}

export interface SeriesChartData {
  /** The baseline first (if any), then the results, best first. */
  rows: ChartRow[];
  hasBaseline: boolean;
}

export type ChartMode = 'values' | 'percent';

/** Sources that only give an order have ranks instead of values: a bar chart of them would invent numbers. */
export function isRankOnly(series: BenchmarkSeries): boolean {
  return series.results.some((r) => r.value === undefined);
}

const percentOf = (value: number, baseline: number | undefined): DerivedNumber | undefined =>
  baseline === undefined || baseline === 0 ? undefined : { value: (value / baseline) * 100, derived: true };

/** Bar-chart rows of a series with values; results without a value are left out. */
export function toChartData(series: BenchmarkSeries): SeriesChartData {
  const base = series.baseline?.value;
  const results = series.results.flatMap((r, i): ChartRow[] =>
    r.value === undefined
      ? []
      : [
          {
            key: `r${i}`,
            label: r.label,
            option: r.option,
            value: r.value,
            percentOfBaseline: percentOf(r.value, base),
            note: r.note,
            isBaseline: false,
          },
        ],
  );
  // Array.prototype.sort is stable: equal values keep the source's order.
  const direction = series.higherIsBetter ? -1 : 1;
  results.sort((a, b) => direction * (a.value - b.value));
  const baselineRow: ChartRow[] = series.baseline
    ? [
        {
          key: 'baseline',
          label: series.baseline.label,
          value: series.baseline.value,
          percentOfBaseline: percentOf(series.baseline.value, base),
          isBaseline: true,
        },
      ]
    : [];
  return { rows: [...baselineRow, ...results], hasBaseline: baselineRow.length > 0 };
}

/** The number a row is drawn at in the given mode (undefined: not drawable in this mode). */
export function plottedValue(row: ChartRow, mode: ChartMode): number | undefined {
  return mode === 'values' ? row.value : row.percentOfBaseline?.value;
}

export interface RankItem {
  key: string;
  rank: number | undefined;
  label: string;
  option?: string;
  note?: LocalizedText;
}

/** Ordinal results, rank 1 first; ties keep the source's order, unranked results go last. */
export function toRankItems(series: BenchmarkSeries): RankItem[] {
  const byRank = (r: BenchmarkResult) => r.rank ?? Number.POSITIVE_INFINITY;
  return series.results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => byRank(a.r) - byRank(b.r) || a.i - b.i)
    .map(({ r, i }) => ({ key: `r${i}`, rank: r.rank, label: r.label, option: r.option, note: r.note }));
}

/**
 * Round axis ticks from 0 to at least `max`, about `target` of them, with steps of 1, 2, 2.5 or 5 × 10ⁿ
 * (recharts' own choice gives steps like 0.95 for small maxima).
 */
export function niceTicks(max: number, target = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / Math.max(1, target - 1);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  // The epsilon keeps a maximum that is an exact multiple (e.g. 40 with step 10) from adding a tick.
  const count = Math.ceil(max / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}

/**
 * True when "% of baseline" would repeat the values: the series is already in percent of a baseline of 100.
 */
export function percentIsRedundant(series: BenchmarkSeries): boolean {
  return series.baseline?.value === 100 && series.unit.includes('%');
}

/** Splits a label into lines of at most `maxChars` characters, breaking at spaces where possible. */
export function wrapLabel(label: string, maxChars: number): string[] {
  const limit = Math.max(4, Math.floor(maxChars));
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= limit) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A single word longer than a line is cut rather than overflowing the axis.
    let rest = word;
    while (rest.length > limit) {
      lines.push(rest.slice(0, limit));
      rest = rest.slice(limit);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}
