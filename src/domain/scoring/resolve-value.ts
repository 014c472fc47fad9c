import type { Criterion, CriterionValue, Environment, Level, LocalizedText, SourceRef } from '../schemas';
import { matchTruth, type OnUnknown } from './environment-match';

export interface ResolvedValue {
  level: Level;
  note: LocalizedText | undefined;
  source: SourceRef;
  /** Index into `when` of the condition that applied; undefined when the base value applied. */
  conditionIndex: number | undefined;
}

/**
 * Which entry applies: the first condition that holds wins, unless an earlier one could not be
 * decided for lack of environment facts — then the base value is assumed. Returns -1 for the base.
 */
export function resolveIndex(value: CriterionValue, env: Environment, onUnknown?: OnUnknown): number {
  const conditions = value.when;
  if (!conditions) return -1;
  let undecided = false;
  for (let i = 0; i < conditions.length; i += 1) {
    const truth = matchTruth((conditions[i] as NonNullable<typeof conditions>[number]).if, env, onUnknown);
    if (truth === 'met' && !undecided) return i;
    if (truth === 'unknown') undecided = true;
  }
  return -1;
}

export function resolveValue(value: CriterionValue, env: Environment, onUnknown?: OnUnknown): ResolvedValue {
  const index = resolveIndex(value, env, onUnknown);
  const chosen = index >= 0 ? value.when?.[index] : undefined;
  return chosen
    ? { level: chosen.level, note: chosen.note, source: chosen.source, conditionIndex: index }
    : { level: value.level, note: value.note, source: value.source, conditionIndex: undefined };
}

export const normalize = (level: Level): number => level / 4;

export const satisfies = (criterion: Criterion, level: Level): boolean => level >= criterion.satisfiedAt;
