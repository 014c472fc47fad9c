import type { AppliedOverlay } from '../overlay/applied';
import type {
  Benchmark,
  CaseStudy,
  Category,
  CategoryId,
  Criterion,
  CriteriaFile,
  EnvironmentData,
  Preset,
  Solution,
  Source,
  StackRulesFile,
} from '../schemas';

/** The validated, cross-checked knowledge base with lookup indexes. */
export interface Knowledge {
  scale: CriteriaFile['scale'];
  categories: readonly Category[];
  criteria: readonly Criterion[];
  criterionById: ReadonlyMap<string, Criterion>;
  criteriaByCategory: ReadonlyMap<CategoryId, readonly Criterion[]>;
  options: readonly Solution[];
  optionById: ReadonlyMap<string, Solution>;
  optionsByCategory: ReadonlyMap<CategoryId, readonly Solution[]>;
  /**
   * Per category, aligned with `optionsByCategory`: each option's values in the order of
   * `criteriaByCategory`, dense for ranking.
   */
  valueRows: ReadonlyMap<CategoryId, readonly ValueRow[]>;
  sources: readonly Source[];
  sourceById: ReadonlyMap<string, Source>;
  environment: EnvironmentData;
  caseStudies: readonly CaseStudy[];
  benchmarks: readonly Benchmark[];
  presets: readonly Preset[];
  /** Cross-category composition rules; empty in the first-visit core. */
  stackRules: StackRulesFile;
  /** The team overlay merged into this knowledge, when there is one. */
  overlay?: AppliedOverlay;
}

export interface ValueRow {
  /** Base levels (0–4); parsed JSON objects are slow to read in a hot loop, a typed array is not. */
  base: Uint8Array;
  /** 1 where the value has environment conditions (`when`), 0 where the base level always holds. */
  conditional: Uint8Array;
}

/** One JSON file of data/, already parsed; `path` is relative to data/. */
export interface RawFile {
  path: string;
  data: unknown;
}

export class KnowledgeError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`knowledge base is invalid:\n${problems.join('\n')}`);
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}
