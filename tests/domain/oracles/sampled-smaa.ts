/* Oracle: the sampler with a closure generator and separate draw and score passes. */
import type { Method, Ranking } from '../../../src/domain/scoring';
import { scoreOnly, SCORE_EPSILON } from '../../../src/domain/scoring';
import { HALF_WORD, seededWords } from '../../../src/domain/sensitivity/random';

const DEFAULT_SAMPLES = 10_000;
const DEFAULT_SEED = 1;
/** Each weight is drawn uniformly within ±1 of the profile's value, clamped to 0–5. */
const WEIGHT_SPREAD = 1;
const RANKS_REPORTED = 3;

interface Acceptability {
  id: string;
  /** Share of samples in which the option takes rank 1, 2, 3. */
  ranks: number[];
  /** 5th and 95th percentile of its score over the samples. */
  range: [number, number];
}

interface SmaaResult {
  samples: number;
  seed: number;
  /** In the ranking's order. */
  options: Acceptability[];
}

/** Whether option a ranks before option b: higher score, equal scores in id order. */
function ahead(scores: Float64Array, idOrder: Int32Array, a: number, b: number): boolean {
  const d = (scores[a] as number) - (scores[b] as number);
  return d > SCORE_EPSILON || (d >= -SCORE_EPSILON && (idOrder[a] as number) < (idOrder[b] as number));
}

/** The k-th smallest value (Hoare's quickselect, in place): linear time, where a sort is n log n. */
function select(xs: Float64Array, k: number): number {
  let lo = 0;
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

function percentile(xs: Float64Array, p: number): number {
  if (xs.length === 0) return 0;
  return select(xs, Math.min(xs.length - 1, Math.max(0, Math.round(p * (xs.length - 1)))));
}

/**
 * Stochastic multicriteria acceptability analysis: how often each option takes the first ranks
 * when the weights and the option values vary within their plausible ranges (judged levels ±½
 * step, measured values across their sources). Seeded, so the same input gives the same answer.
 */
export function sampledAcceptability(
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
  const next = seededWords(seed);
  const weights = new Float64Array(m);
  const values = new Float64Array(n * m);
  const scores = new Float64Array(n);
  const all = Array.from({ length: n }, () => new Float64Array(samples));
  const counts = Array.from({ length: n }, () => new Float64Array(RANKS_REPORTED));
  const top = new Int32Array(RANKS_REPORTED);
  const cells = n * m;
  for (let s = 0; s < samples; s += 1) {
    let total = 0;
    for (let i = 0; i < m; i += 1) {
      const w = (base[i] as number) + ((next() / 4294967296) * 2 - 1) * WEIGHT_SPREAD;
      const clamped = w < 0 ? 0 : w > 5 ? 5 : w;
      weights[i] = clamped;
      total += clamped;
    }
    // Two uniforms per generated word: the values are the bulk of the draws.
    for (let k = 0; k < cells; k += 2) {
      const word = next();
      values[k] = (low[k] as number) + (word & 0xffff) * HALF_WORD * (width[k] as number);
      if (k + 1 < cells)
        values[k + 1] = (low[k + 1] as number) + (word >>> 16) * HALF_WORD * (width[k + 1] as number);
    }
    for (let j = 0; j < n; j += 1) {
      let score: number;
      if (method === 'weighted') {
        let sum = 0;
        const offset = j * m;
        for (let i = 0; i < m; i += 1) sum += (weights[i] as number) * (values[offset + i] as number);
        score = total === 0 ? 0 : sum / (400 * total);
      } else score = scoreOnly(method, weights, values, j * m, m);
      scores[j] = score;
      (all[j] as Float64Array)[s] = score;
    }
    // One pass keeps the three best, in order (insertion into a list of three).
    let filled = 0;
    for (let j = 0; j < n; j += 1) {
      let r = filled;
      while (r > 0 && ahead(scores, idOrder, j, top[r - 1] as number)) r -= 1;
      if (r >= RANKS_REPORTED) continue;
      for (let q = Math.min(filled, RANKS_REPORTED - 1); q > r; q -= 1) top[q] = top[q - 1] as number;
      top[r] = j;
      if (filled < RANKS_REPORTED) filled += 1;
    }
    for (let r = 0; r < filled; r += 1) {
      const counted = counts[top[r] as number] as Float64Array;
      counted[r] = (counted[r] as number) + 1;
    }
  }
  const options = result.ranking.map((option, j): Acceptability => {
    const scoresOf = all[j] as Float64Array;
    return {
      id: option.id,
      ranks: Array.from(counts[j] as Float64Array, (c) => c / samples),
      range: [percentile(scoresOf, 0.05), percentile(scoresOf, 0.95)],
    };
  });
  return { samples, seed, options };
}
