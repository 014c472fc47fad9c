import type { Knowledge } from '../domain/knowledge';
import { describeAssumption, describeReason, type Ranking } from '../domain/scoring';

const DIGITS = 4;
const scale = 10 ** DIGITS;

/**
 * Rounds shares so that the rounded parts still add up exactly to the rounded total
 * (largest remainder), keeping the contract's "contributions add up to the score" true on output.
 */
export function roundParts(parts: readonly number[], total: number): number[] {
  const target = Math.round(total * scale);
  const floors = parts.map((p) => Math.floor(p * scale));
  let missing = target - floors.reduce((a, b) => a + b, 0);
  const order = parts
    .map((p, i) => ({ i, remainder: p * scale - Math.floor(p * scale) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const result = [...floors];
  for (const { i } of order) {
    if (missing <= 0) break;
    result[i] = (result[i] ?? 0) + 1;
    missing -= 1;
  }
  return result.map((n) => n / scale);
}

/** The CLI's --json document, exactly as the profile-and-cli contract describes it. */
export function rankingToJson(kb: Knowledge, result: Ranking) {
  return {
    category: result.category,
    method: result.method,
    ranking: result.ranking.map((option) => {
      const rounded = roundParts(option.contributions, option.score);
      return {
        id: option.id,
        name: option.name,
        score: Math.round(option.score * scale) / scale,
        contributions: Object.fromEntries(result.criteria.map((c, i) => [c.criterion, rounded[i] ?? 0])),
      };
    }),
    excluded: result.excluded.map((option) => ({
      id: option.id,
      reasons: option.reasons.map((r) => describeReason(kb, r)),
    })),
    assumptions: result.assumptions.map((a) => describeAssumption(a)),
  };
}
