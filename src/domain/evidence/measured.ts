import type { Knowledge } from '../knowledge';
import type { Criterion, EnvMatch, Environment, EnvironmentKey, OptionId } from '../schemas';
import { envKeyOf, matchTruth } from '../scoring/environment-match';
import { median, observationIndex, type ObservationIndex } from './observations';

/** A criterion value derived from benchmark figures, on the 0–4 scale. */
export interface MeasuredValue {
  level: number;
  low: number;
  high: number;
  /** Central ratio to the baseline (median over sources) and the range over every figure. */
  ratio: number;
  ratioLow: number;
  ratioHigh: number;
  /** The benchmark ids used, one per source, in knowledge-base order. */
  benchmarks: string[];
  figures: number;
}

/** A single figure is no better than half a step either way. */
const SINGLE_FIGURE_SPREAD = 0.25;

/** Piecewise-linear mapping of a ratio onto the criterion's anchored scale. */
export function ratioToLevel(criterion: Criterion, ratio: number): number {
  const anchors = criterion.measure?.anchors ?? [];
  const first = anchors[0];
  const last = anchors[anchors.length - 1];
  if (!first || !last) return 0;
  if (ratio <= first.ratio) return first.level;
  if (ratio >= last.ratio) return last.level;
  for (let i = 1; i < anchors.length; i += 1) {
    const a = anchors[i - 1] as (typeof anchors)[number];
    const b = anchors[i] as (typeof anchors)[number];
    if (ratio <= b.ratio) return a.level + ((ratio - a.ratio) / (b.ratio - a.ratio)) * (b.level - a.level);
  }
  return last.level;
}

/** Whether a benchmark's figures stand for this environment; unknown facts are reported. */
export function benchmarkApplies(
  index: ObservationIndex,
  benchmark: string,
  env: Environment,
  onUnknown?: (key: EnvironmentKey) => void,
  pinned: readonly EnvironmentKey[] = [],
): boolean {
  const match = index.benchmarks.get(benchmark)?.environment;
  if (pinned.length > 0) {
    // A judged value that depends on a fact (offload, L2…) is only replaced by figures that state
    // that fact, and only when the profile is known to share it: an unknown fact keeps the judgement.
    const keys = match ? (Object.keys(match) as (keyof EnvMatch)[]) : [];
    for (const key of pinned) {
      const stated = keys.filter((k) => envKeyOf(k) === key);
      if (stated.length === 0) return false;
      if (matchTruth(Object.fromEntries(stated.map((k) => [k, match?.[k]])) as EnvMatch, env) !== 'met')
        return false;
    }
  }
  return match === undefined || matchTruth(match, env, onUnknown) !== 'unmet';
}

/**
 * The measured value of one option on one criterion in this environment, or undefined when no
 * applicable figure exists. Sources are combined by median; their spread becomes the range, so
 * conflicting sources widen it rather than being averaged away.
 */
export function measuredValue(
  kb: Knowledge,
  criterion: Criterion,
  option: OptionId,
  env: Environment,
  onUnknown?: (key: EnvironmentKey) => void,
  pinned: readonly EnvironmentKey[] = [],
): MeasuredValue | undefined {
  if (!criterion.measure) return undefined;
  const index = observationIndex(kb);
  const all = index.ratios.get(criterion.id)?.get(option);
  if (!all) return undefined;
  const bySource = new Map<string, number[]>();
  for (const o of all) {
    if (!benchmarkApplies(index, o.benchmark, env, onUnknown, pinned)) continue;
    bySource.set(o.benchmark, [...(bySource.get(o.benchmark) ?? []), o.ratio]);
  }
  if (bySource.size === 0) return undefined;
  const every = [...bySource.values()].flat();
  const ratio = median([...bySource.values()].map(median));
  const ratioLow = Math.min(...every);
  const ratioHigh = Math.max(...every);
  const level = ratioToLevel(criterion, ratio);
  const single = every.length === 1 || ratioLow === ratioHigh;
  return {
    level,
    low: single ? Math.max(0, level - SINGLE_FIGURE_SPREAD) : ratioToLevel(criterion, ratioLow),
    high: single ? Math.min(4, level + SINGLE_FIGURE_SPREAD) : ratioToLevel(criterion, ratioHigh),
    ratio,
    ratioLow,
    ratioHigh,
    benchmarks: [...bySource.keys()],
    figures: every.length,
  };
}
