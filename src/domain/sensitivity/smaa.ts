import type { Method, Ranking } from '../scoring';
import { drawSamples, RANKS_REPORTED } from './sampler';

export { RANKS_REPORTED, WEIGHT_SPREAD } from './sampler';
export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;

export interface Acceptability {
  id: string;
  /** Share of samples in which the option takes rank 1, 2, 3. */
  ranks: number[];
  /** 5th and 95th percentile of its score over the samples. */
  range: [number, number];
}

export interface SmaaResult {
  samples: number;
  seed: number;
  /** In the ranking's order. */
  options: Acceptability[];
}

/**
 * The k-th smallest value (Hoare's quickselect, in place): linear time, where a sort is n log n.
 * It leaves nothing smaller after index k, so a later select of a higher k may start at `from` = k.
 */
function select(xs: Float64Array, k: number, from = 0): number {
  let lo = from;
  let hi = xs.length - 1;
  while (hi > lo) {
    const pivot = xs[(lo + hi) >> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((xs[i] as number) < pivot) i += 1;
      while ((xs[j] as number) > pivot) j -= 1;
      if (i <= j) {
        const t = xs[i] as number;
        xs[i] = xs[j] as number;
        xs[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return xs[k] as number;
  }
  return xs[k] as number;
}

/** The 5th and 95th percentile. */
function spread(xs: Float64Array): [number, number] {
  if (xs.length === 0) return [0, 0];
  const at = (p: number) => Math.min(xs.length - 1, Math.max(0, Math.round(p * (xs.length - 1))));
  const low = at(0.05);
  return [select(xs, low), select(xs, at(0.95), low)];
}

/**
 * Stochastic multicriteria acceptability analysis: how often each option takes the first ranks
 * when the weights and the option values vary within their plausible ranges (judged levels ±½
 * step, measured values across their sources). Seeded, so the same input gives the same answer.
 */
export function rankAcceptability(
  result: Ranking,
  samples: number = DEFAULT_SAMPLES,
  seed: number = DEFAULT_SEED,
  method: Method = result.method,
): SmaaResult {
  const n = result.ranking.length;
  const m = result.criteria.length;
  const base = Float64Array.from(result.criteria, (c) => c.weight);
  const low = new Float64Array(n * m);
  const width = new Float64Array(n * m);
  result.ranking.forEach((option, j) => {
    option.cells.forEach((cell, i) => {
      low[j * m + i] = cell.low * 100;
      width[j * m + i] = (cell.high - cell.low) * 100;
    });
  });
  // Ties between samples go to the lower id, as in every ranking.
  const ids = result.ranking.map((o) => o.id);
  const sortedIds = [...ids].sort();
  const idOrder = Int32Array.from(ids, (id) => sortedIds.indexOf(id));
  const { scores, counts } = drawSamples({ method, n, m, base, low, width, idOrder, samples, seed });
  const options = result.ranking.map((option, j): Acceptability => {
    const scoresOf = scores.subarray(j * samples, (j + 1) * samples);
    return {
      id: option.id,
      ranks: Array.from(counts.subarray(j * RANKS_REPORTED, (j + 1) * RANKS_REPORTED), (c) => c / samples),
      range: spread(scoresOf),
    };
  });
  return { samples, seed, options };
}
