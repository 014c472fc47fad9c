import type { Knowledge } from '../knowledge';
import type { Benchmark, BenchmarkSeries, EnvMatch, OptionId, SourceRef } from '../schemas';

/** One option's figure in a series, as a ratio to that series' baseline (1 = as good as it). */
export interface RatioObservation {
  benchmark: string;
  series: string;
  option: OptionId;
  ratio: number;
}

/** A series that only orders options (ranks, or values without a baseline): 1 = best. */
export interface OrdinalSeries {
  benchmark: string;
  series: string;
  ranks: ReadonlyMap<OptionId, number>;
}

export interface BenchmarkEvidence {
  benchmark: Benchmark;
  /** The environment the figures stand for (conditions.environment, else the offload flag). */
  environment: EnvMatch | undefined;
  source: SourceRef;
}

export interface ObservationIndex {
  /** criterion → option → observations */
  ratios: ReadonlyMap<string, ReadonlyMap<OptionId, readonly RatioObservation[]>>;
  /** criterion → ordinal series */
  ordinal: ReadonlyMap<string, readonly OrdinalSeries[]>;
  benchmarks: ReadonlyMap<string, BenchmarkEvidence>;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

function environmentOf(b: Benchmark): EnvMatch | undefined {
  if (b.conditions.environment) return b.conditions.environment;
  return b.conditions.udpOffload === undefined ? undefined : { udpOffload: b.conditions.udpOffload };
}

/** Per option, the series' figure (median when an option appears more than once). */
function figures(series: BenchmarkSeries, pick: 'value' | 'rank'): Map<OptionId, number> {
  const byOption = new Map<OptionId, number[]>();
  for (const r of series.results) {
    const x = r[pick];
    if (r.option === undefined || x === undefined) continue;
    byOption.set(r.option, [...(byOption.get(r.option) ?? []), x]);
  }
  return new Map([...byOption].map(([id, xs]) => [id, median(xs)]));
}

function ranksByValue(values: ReadonlyMap<OptionId, number>, higherIsBetter: boolean): Map<OptionId, number> {
  const sorted = [...values.values()].sort((a, b) => (higherIsBetter ? b - a : a - b));
  return new Map([...values].map(([id, v]) => [id, sorted.indexOf(v) + 1]));
}

function build(kb: Knowledge): ObservationIndex {
  const ratios = new Map<string, Map<OptionId, RatioObservation[]>>();
  const ordinal = new Map<string, OrdinalSeries[]>();
  const benchmarks = new Map<string, BenchmarkEvidence>();
  for (const b of kb.benchmarks) {
    benchmarks.set(b.id, { benchmark: b, environment: environmentOf(b), source: b.source });
    for (const s of b.series) {
      if (s.criterion === undefined) continue;
      const values = figures(s, 'value');
      const base = s.baseline?.value;
      if (base !== undefined && base > 0 && values.size > 0) {
        const perOption = ratios.get(s.criterion) ?? new Map<OptionId, RatioObservation[]>();
        ratios.set(s.criterion, perOption);
        for (const [option, v] of values) {
          if (v <= 0 && !s.higherIsBetter) continue;
          const ratio = s.higherIsBetter ? v / base : base / v;
          perOption.set(option, [
            ...(perOption.get(option) ?? []),
            { benchmark: b.id, series: s.id, option, ratio },
          ]);
        }
        continue;
      }
      const ranks = values.size > 1 ? ranksByValue(values, s.higherIsBetter) : figures(s, 'rank');
      if (ranks.size > 1) {
        ordinal.set(s.criterion, [
          ...(ordinal.get(s.criterion) ?? []),
          { benchmark: b.id, series: s.id, ranks },
        ]);
      }
    }
  }
  return { ratios, ordinal, benchmarks };
}

const cache = new WeakMap<Knowledge, ObservationIndex>();

/** Built once per knowledge base: which benchmark figures speak to which criterion and option. */
export function observationIndex(kb: Knowledge): ObservationIndex {
  let index = cache.get(kb);
  if (!index) cache.set(kb, (index = build(kb)));
  return index;
}

export { median };
