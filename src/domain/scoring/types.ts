import type {
  CategoryId,
  CriterionId,
  EnvironmentKey,
  EnvMatch,
  LocalizedText,
  MaintenanceState,
  OptionId,
  SourceRef,
} from '../schemas';
import type { Cell } from './value-table';

export const methods = ['weighted', 'topsis'] as const;
export type Method = (typeof methods)[number];

/** One environment fact that contradicts a requirement: what it is and what was needed. */
export interface FactMismatch {
  key: EnvironmentKey;
  actual: string | boolean | number;
  /** The single-key conditions the requirement accepts for this fact (any of them would do). */
  expected: EnvMatch[];
}

/** Why an option cannot be used; text is rendered per locale from this data. */
export type ExclusionReason =
  | {
      /** `pluginModel`: the orchestrator does not accept the option's plugin model. */
      kind: 'environment' | 'pluginModel';
      facts: FactMismatch[];
      reason: LocalizedText;
      source: SourceRef;
    }
  | {
      kind: 'mustHave';
      criterion: CriterionId;
      level: number;
      required: number;
      note: LocalizedText | undefined;
      source: SourceRef;
    }
  | {
      kind: 'lifecycle';
      state: MaintenanceState;
      asOf: string | undefined;
      note: LocalizedText;
      source: SourceRef;
    };

export interface WeightedCriterion {
  criterion: CriterionId;
  weight: number;
  /** True when the weight comes from a must-have the profile gave no weight. */
  fromMustHave?: boolean;
}

/** A less obvious way the option is feasible, said next to it. */
export interface Caveat {
  note: LocalizedText;
  source: SourceRef;
}

/** A feasible option's score; `cells`, `levels` and `contributions` align with `Ranking.criteria`. */
export interface RankedOption {
  id: OptionId;
  name: string;
  score: number;
  /** The value used for each weighted criterion on the 0–4 scale (may be fractional when measured). */
  levels: number[];
  cells: Cell[];
  /** Each criterion's share of the score; they add up to `score`. */
  contributions: number[];
  caveats: Caveat[];
  state: MaintenanceState;
}

export interface ExcludedOption {
  id: OptionId;
  name: string;
  reasons: ExclusionReason[];
}

export type Assumption =
  | { kind: 'unknownEnvironment'; key: EnvironmentKey; requirementsOf: OptionId[]; valuesOf: OptionId[] }
  | { kind: 'equalWeights'; category: CategoryId; mustHaves: number }
  /** Kept although a must-have is not met on what is known: it passes only if the facts turn out so. */
  | { kind: 'keptOnUnknown'; option: OptionId; criterion: CriterionId; keys: EnvironmentKey[] };

export interface Ranking {
  category: CategoryId;
  method: Method;
  /** The criteria that count (weight > 0 or must-have), in knowledge-base order. */
  criteria: WeightedCriterion[];
  ranking: RankedOption[];
  excluded: ExcludedOption[];
  assumptions: Assumption[];
}
