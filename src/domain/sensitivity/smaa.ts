import type { Method, Ranking } from '../scoring';
import { SCORE_EPSILON } from '../scoring';
import { fastScore } from './fast-score';
import { seededRandom } from './random';

export const DEFAULT_SAMPLES = 10_000;
export const DEFAULT_SEED = 1;
/** Each weight is drawn uniformly within ±1 of the profile's value, clamped to 0–5. */
export const WEIGHT_SPREAD = 1;
export const RANKS_REPORTED = 3;

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

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))));
  return sorted[index] as number;
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
  const random = seededRandom(seed);
  const weights = new Float64Array(m);
  const values = new Float64Array(n * m);
  const scores = new Float64Array(n);
  const all = Array.from({ length: n }, () => new Float64Array(samples));
  const counts = Array.from({ length: n }, () => new Float64Array(RANKS_REPORTED));
  const top = new Int32Array(RANKS_REPORTED);
  for (let s = 0; s < samples; s += 1) {
    for (let i = 0; i < m; i += 1) {
      const w = (base[i] as number) + (random() * 2 - 1) * WEIGHT_SPREAD;
      weights[i] = w < 0 ? 0 : w > 5 ? 5 : w;
    }
    for (let k = 0; k < n * m; k += 1) values[k] = (low[k] as number) + random() * (width[k] as number);
    for (let j = 0; j < n; j += 1) {
      const score = fastScore(method, weights, values, j * m, m);
      scores[j] = score;
      (all[j] as Float64Array)[s] = score;
    }
    const taken = Math.min(RANKS_REPORTED, n);
    for (let r = 0; r < taken; r += 1) {
      let best = -1;
      for (let j = 0; j < n; j += 1) {
        let used = false;
        for (let q = 0; q < r; q += 1) if (top[q] === j) used = true;
        if (used) continue;
        const d = best < 0 ? 1 : (scores[j] as number) - (scores[best] as number);
        if (
          d > SCORE_EPSILON ||
          (Math.abs(d) <= SCORE_EPSILON && (idOrder[j] as number) < (idOrder[best] as number))
        )
          best = j;
      }
      top[r] = best;
      (counts[best] as Float64Array)[r] = ((counts[best] as Float64Array)[r] as number) + 1;
    }
  }
  const options = result.ranking.map((option, j): Acceptability => {
    const sorted = (all[j] as Float64Array).sort();
    return {
      id: option.id,
      ranks: Array.from(counts[j] as Float64Array, (c) => c / samples),
      range: [percentile(sorted, 0.05), percentile(sorted, 0.95)],
    };
  });
  return { samples, seed, options };
}
