import type { RankedOption, WeightedCriterion } from '@/domain/scoring';
import type { CriterionId } from '@/domain/schemas';

/** Number of distinct segment colours; beyond it colours repeat, striped so neighbours still differ. */
export const PALETTE_SIZE = 10;

export interface Segment {
  criterion: CriterionId;
  weight: number;
  contribution: number;
  /** Width on a track where 100% is a perfect score of 1; the widths add up to score × 100. */
  percent: number;
  /** Colour slot from the criterion's position, so one criterion keeps its colour in every option. */
  colour: number;
  striped: boolean;
}

/** One stacked-bar segment per criterion that adds something to the option's score. */
export function toSegments(
  criteria: readonly WeightedCriterion[],
  option: Pick<RankedOption, 'contributions'>,
): Segment[] {
  const segments: Segment[] = [];
  criteria.forEach(({ criterion, weight }, index) => {
    const contribution = option.contributions[index] ?? 0;
    if (contribution <= 0) return;
    segments.push({
      criterion,
      weight,
      contribution,
      percent: contribution * 100,
      colour: index % PALETTE_SIZE,
      striped: Math.floor(index / PALETTE_SIZE) % 2 === 1,
    });
  });
  return segments;
}
