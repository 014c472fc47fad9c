import type {
  CategoryId,
  CriterionId,
  EnvironmentKey,
  Level,
  LocalizedText,
  OptionId,
  SourceRef,
} from '../schemas';

export const methods = ['weighted', 'topsis'] as const;
export type Method = (typeof methods)[number];

/** Why an option cannot be used: a contradicted requirement or an unmet must-have. */
export type ExclusionReason =
  | {
      kind: 'requirement';
      reason: LocalizedText;
      /** The environment facts that contradict it, e.g. [['l2', false]]. */
      facts: [EnvironmentKey, string | boolean][];
      source: SourceRef;
    }
  | {
      kind: 'mustHave';
      criterion: CriterionId;
      level: Level;
      required: Level;
      note: LocalizedText | undefined;
      source: SourceRef;
    };

export interface WeightedCriterion {
  criterion: CriterionId;
  weight: number;
}

/** A feasible option's score; `levels` and `contributions` are aligned with `Ranking.criteria`. */
export interface RankedOption {
  id: OptionId;
  name: string;
  score: number;
  /** The level (0–4) used for each weighted criterion, environment-dependent values resolved. */
  levels: Level[];
  /** Each criterion's share of the score; they add up to `score`. */
  contributions: number[];
}

export interface ExcludedOption {
  id: OptionId;
  name: string;
  reasons: ExclusionReason[];
}

export type Assumption =
  | { kind: 'unknownEnvironment'; key: EnvironmentKey; requirementsOf: OptionId[]; valuesOf: OptionId[] }
  | { kind: 'equalWeights'; category: CategoryId };

export interface Ranking {
  category: CategoryId;
  method: Method;
  /** The criteria that count (weight > 0), in knowledge-base order. */
  criteria: WeightedCriterion[];
  ranking: RankedOption[];
  excluded: ExcludedOption[];
  assumptions: Assumption[];
}
