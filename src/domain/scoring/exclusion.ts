import type { ValueRow } from '../knowledge';
import type { Criterion, Environment, EnvironmentKey, Solution } from '../schemas';
import { anyOfTruth, contradictedKeys } from './environment-match';
import { resolveValue, satisfies } from './resolve-value';
import type { ExclusionReason } from './types';

export interface Feasibility {
  reasons: ExclusionReason[];
  /** Environment keys left unknown that a requirement depends on. */
  unknownKeys: EnvironmentKey[];
}

const feasible: Feasibility = { reasons: [], unknownKeys: [] };

/** Checks environment requirements and must-haves; an empty `reasons` means feasible. */
export function checkFeasibility(
  option: Solution,
  env: Environment,
  mustHave: readonly Criterion[],
  row?: ValueRow,
  mustHaveColumns?: readonly number[],
): Feasibility {
  if (option.requires.length === 0 && mustHave.length === 0) return feasible;
  const reasons: ExclusionReason[] = [];
  const unknownKeys: EnvironmentKey[] = [];
  const onUnknown = (key: EnvironmentKey) => {
    if (!unknownKeys.includes(key)) unknownKeys.push(key);
  };
  for (const requirement of option.requires) {
    if (anyOfTruth(requirement.anyOf, env, onUnknown) !== 'unmet') continue;
    const keys = [...new Set(requirement.anyOf.flatMap((m) => contradictedKeys(m, env)))];
    const facts = keys.map((key): [EnvironmentKey, string | boolean] => [key, env[key] ?? '']);
    reasons.push({ kind: 'requirement', reason: requirement.reason, facts, source: requirement.source });
  }
  for (const [i, criterion] of mustHave.entries()) {
    // Fast path: a plain value above the threshold needs no resolution.
    const column = mustHaveColumns?.[i];
    if (row && column !== undefined && !row.conditional.some((c) => c.column === column)) {
      if ((row.base[column] ?? 0) >= criterion.satisfiedAt) continue;
    }
    const value = option.values[criterion.id];
    if (!value) continue;
    const resolved = resolveValue(value, env);
    if (!satisfies(criterion, resolved.level)) {
      reasons.push({
        kind: 'mustHave',
        criterion: criterion.id,
        level: resolved.level,
        required: criterion.satisfiedAt,
        note: resolved.note,
        source: resolved.source,
      });
    }
  }
  return reasons.length === 0 && unknownKeys.length === 0 ? feasible : { reasons, unknownKeys };
}
