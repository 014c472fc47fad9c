import type { OptionId } from '../schemas';

/**
 * Scores closer than this are equal. Weighted sums are exact fractions over a common
 * denominator (values in hundredths of a step, integer weights), so distinct scores differ by at
 * least 1/(400·Σw) ≫ 1e-9; TOPSIS closeness is compared with the same tolerance.
 */
export const SCORE_EPSILON = 1e-9;

export const sameScore = (a: number, b: number): boolean => Math.abs(a - b) <= SCORE_EPSILON;

const byId = (a: OptionId, b: OptionId): number => (a < b ? -1 : a > b ? 1 : 0);

/** Best first; equal scores in id order — in the engine, the CLI and the app alike. */
export const compareRanked = (
  a: { id: OptionId; score: number },
  b: { id: OptionId; score: number },
): number => (sameScore(a.score, b.score) ? byId(a.id, b.id) : b.score - a.score);
