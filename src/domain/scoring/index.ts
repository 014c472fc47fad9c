export * from './types';
export { rank, type RankOptions } from './rank';
export { topsis, weightedSum, type ScoringMethod, type MethodResult } from './methods';
export { matchTruth, anyOfTruth, contradictedKeys, compareKernel, type Truth } from './environment-match';
export { resolveValue, resolveIndex, normalize, type ResolvedValue } from './resolve-value';
export { checkFeasibility } from './exclusion';
export { describeReason, describeAssumption, describeSource } from './describe';
