import { scoreOnly } from './score-only';
import type { Method } from './types';

/**
 * `weights[i]`: criterion i's weight (integers for a profile; real numbers when sampled);
 * `values[i]`: the option's value in hundredths of a step, 0–400 (400 = level 4).
 */
export type ScoringMethod = (weights: ArrayLike<number>, values: ArrayLike<number>) => MethodResult;

export interface MethodResult {
  score: number;
  /** Per-criterion contributions, in input order; they add up to `score`. */
  contributions: number[];
}

/** Weighted sum: score = Σ wᵢ·vᵢ / (400·Σ wᵢ), summed as integers first so equal sums are equal. */
export const weightedSum: ScoringMethod = (weights, values) => {
  const contributions = new Array<number>(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) total += weights[i] as number;
  const denominator = 400 * total;
  for (let i = 0; i < weights.length; i += 1) {
    contributions[i] = denominator === 0 ? 0 : ((weights[i] as number) * (values[i] as number)) / denominator;
  }
  // The score from the one formula the sampler and the stability search use too.
  return { score: scoreOnly('weighted', weights, values, 0, weights.length), contributions };
};

/**
 * TOPSIS with pinned, set-independent normalisation: values are on the anchored 0–1 scale, the
 * ideal is 1 and the anti-ideal 0 on every criterion (not the best/worst of the current set), so
 * adding or removing an option never changes another option's score. Closeness = D− / (D+ + D−);
 * contributions split the score in proportion to each criterion's share of D−².
 */
export const topsis: ScoringMethod = (weights, values) => {
  const contributions = new Array<number>(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i += 1) total += weights[i] as number;
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const share = total === 0 ? 0 : (weights[i] as number) / total;
    const value = (values[i] as number) / 400;
    const good = share * value;
    const gap = share * (1 - value);
    plus += gap * gap;
    minus += good * good;
    contributions[i] = good * good;
  }
  const distance = Math.sqrt(plus) + Math.sqrt(minus);
  const score = distance === 0 ? 0 : Math.sqrt(minus) / distance;
  for (let i = 0; i < contributions.length; i += 1) {
    contributions[i] = minus === 0 ? 0 : (score * (contributions[i] as number)) / minus;
  }
  return { score, contributions };
};

export const scoreWith: Record<Method, ScoringMethod> = {
  weighted: weightedSum,
  topsis,
};
