import type { Knowledge } from '../domain/knowledge';
import { type Ranking } from '../domain/scoring';
import { describeAssumption, describeReason } from '../words';
import type { Confidence } from '../domain/sensitivity';
import { overlayJson } from './overlay-output';

const DIGITS = 4;
const scale = 10 ** DIGITS;
const round = (x: number): number => Math.round(x * scale) / scale;

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

/** The v1.1 additions of `recommend --confidence`; absent otherwise. */
function confidenceFields(sure: Confidence) {
  return {
    confidence: {
      samples: sure.smaa.samples,
      seed: sure.smaa.seed,
      winnerShare: round(sure.winnerShare),
      tiedWithWinner: sure.tiedWithWinner,
    },
    stability: sure.stability.map((s) => ({
      criterion: s.criterion,
      weight: s.weight,
      holdsFrom: round(s.holdsFrom),
      holdsTo: round(s.holdsTo),
      flipsTo: s.flipsTo,
    })),
    nearMisses: sure.nearMisses.map((m) => ({ ...m, score: round(m.score) })),
  };
}

/** The CLI's --json document, exactly as the profile-and-cli contract (v1.1) describes it. */
export function rankingToJson(kb: Knowledge, result: Ranking, sure?: Confidence) {
  const extra = sure ? confidenceFields(sure) : undefined;
  const overlay = overlayJson(kb, result);
  return {
    category: result.category,
    method: result.method,
    ...(overlay && { overlay: overlay.overlay }),
    ...(extra && { confidence: extra.confidence }),
    ranking: result.ranking.map((option, j) => {
      const rounded = roundParts(option.contributions, option.score);
      const smaa = sure?.smaa.options[j];
      return {
        id: option.id,
        name: option.name,
        score: round(option.score),
        contributions: Object.fromEntries(result.criteria.map((c, i) => [c.criterion, rounded[i] ?? 0])),
        ...(smaa && { acceptability: smaa.ranks.map(round), range: smaa.range.map(round) }),
        ...overlay?.overlaid(option.id),
      };
    }),
    excluded: result.excluded.map((option) => ({
      id: option.id,
      reasons: option.reasons.map((r) => describeReason(kb, r)),
    })),
    assumptions: result.assumptions.map((a) => describeAssumption(a, 'en', kb)),
    ...(extra && { stability: extra.stability, nearMisses: extra.nearMisses }),
  };
}
