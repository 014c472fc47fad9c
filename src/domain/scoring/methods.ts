import type { Method } from './types';

/**
 * `shares[i]`: criterion i's share of the total weight, w / Σw (the shares add up to 1);
 * `levels[i]`: the option's level 0–4 on the anchored scale; the value used is level / 4.
 */
export type ScoringMethod = (shares: readonly number[], levels: readonly number[]) => MethodResult;

export interface MethodResult {
  score: number;
  /** Per-criterion contributions, in input order; they add up to `score`. */
  contributions: number[];
}

/** Weighted sum: score = Σ share·value. */
// Plain pre-sized arrays and index loops: these run for every option × criterion on each ranking.
export const weightedSum: ScoringMethod = (shares, levels) => {
  const contributions = new Array<number>(shares.length);
  let score = 0;
  for (let i = 0; i < shares.length; i += 1) {
    const c = ((shares[i] as number) * (levels[i] as number)) / 4;
    contributions[i] = c;
    score += c;
  }
  return { score, contributions };
};

/**
 * TOPSIS with pinned, set-independent normalisation: values are already on the anchored
 * 0–1 scale, the ideal is 1 and the anti-ideal 0 on every criterion (not the best/worst of the
 * current set), so adding or removing an option never changes another option's score.
 * Closeness = D− / (D+ + D−). Contributions split the score in proportion to each criterion's
 * share of D−².
 */
export const topsis: ScoringMethod = (shares, levels) => {
  const contributions = new Array<number>(shares.length);
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < shares.length; i += 1) {
    const share = shares[i] as number;
    const value = (levels[i] as number) / 4;
    const good = share * value;
    const gap = share * (1 - value);
    plus += gap * gap;
    minus += good * good;
    contributions[i] = good * good;
  }
  const total = Math.sqrt(plus) + Math.sqrt(minus);
  const score = total === 0 ? 0 : Math.sqrt(minus) / total;
  for (let i = 0; i < contributions.length; i += 1) {
    contributions[i] = minus === 0 ? 0 : (score * (contributions[i] as number)) / minus;
  }
  return { score, contributions };
};

export const scoreWith: Record<Method, ScoringMethod> = {
  weighted: weightedSum,
  topsis,
};
