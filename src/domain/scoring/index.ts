export * from './types';
export { rank, weightedCriteria, MUST_HAVE_WEIGHT, type RankOptions } from './rank';
export { topsis, weightedSum, scoreWith, type ScoringMethod, type MethodResult } from './methods';
export { scoreOnly } from './score-only';
export { compareRanked, sameScore, SCORE_EPSILON } from './compare';
export { matchTruth, anyOfTruth, compareKernel, envKeyOf, type Truth } from './environment-match';
export { resolveValue, pickEntry, satisfies, type ResolvedValue } from './resolve-value';
export { checkRequirements } from './exclusion';
export { cellFor, ORDER_STEP, type Cell } from './value-table';
export {
  cellOf,
  categoryCells,
  categoryColumn,
  environmentKey,
  type CellTable,
  type Column,
} from './cell-table';
