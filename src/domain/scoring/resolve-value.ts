import type {
  Criterion,
  CriterionValue,
  Environment,
  EnvironmentKey,
  LocalizedText,
  SourceRef,
} from '../schemas';
import { matchTruth, type OnUnknown, type Truth } from './environment-match';

/** Which entry of a value applies: an index into `when`, or -1 for the base value. */
export interface Pick {
  /** The entry assumed: the first condition that holds, treating undecided ones as not holding. */
  index: number;
  /** Every entry that could apply once the unknown facts are known (includes `index`). */
  possible: number[];
}

/**
 * The one rule for environment-dependent values, used by scoring, exclusion, the CLI and every
 * view: conditions are tried in order and the first that holds wins; a contradicted one is
 * skipped; an undecided one (a fact is unknown) is assumed not to hold, but is remembered as a
 * possible outcome so that a must-have is never failed on an unknown fact.
 */
export function pickEntry(count: number, truthOf: (i: number) => Truth): Pick {
  let possible: number[] | undefined;
  for (let i = 0; i < count; i += 1) {
    const truth = truthOf(i);
    if (truth === 'unmet') continue;
    if (truth === 'met') {
      if (!possible) return { index: i, possible: [i] };
      possible.push(i);
      return { index: i, possible };
    }
    (possible ??= []).push(i);
  }
  if (!possible) return { index: -1, possible: [-1] };
  possible.push(-1);
  return { index: -1, possible };
}

export interface ResolvedValue {
  level: CriterionValue['level'];
  note: LocalizedText | undefined;
  source: SourceRef;
  /** Index into `when` of the condition that applied; undefined when the base value applied. */
  conditionIndex: number | undefined;
  /** Levels the value could take once the unknown facts are known (includes `level`). */
  possibleLevels: CriterionValue['level'][];
  /** The unknown environment facts that leave the value open. */
  unknownKeys: EnvironmentKey[];
}

export const levelOf = (value: CriterionValue, index: number): CriterionValue['level'] =>
  index < 0 ? value.level : (value.when?.[index]?.level ?? value.level);

export function resolveValue(value: CriterionValue, env: Environment, onUnknown?: OnUnknown): ResolvedValue {
  const conditions = value.when ?? [];
  const unknownKeys: EnvironmentKey[] = [];
  const collect = (key: EnvironmentKey) => {
    if (!unknownKeys.includes(key)) unknownKeys.push(key);
    onUnknown?.(key);
  };
  const pick = pickEntry(conditions.length, (i) =>
    matchTruth((conditions[i] as (typeof conditions)[number]).if, env, collect),
  );
  const chosen = pick.index >= 0 ? conditions[pick.index] : undefined;
  const possibleLevels = [...new Set(pick.possible.map((i) => levelOf(value, i)))];
  return chosen
    ? {
        level: chosen.level,
        note: chosen.note,
        source: chosen.source,
        conditionIndex: pick.index,
        possibleLevels,
        unknownKeys,
      }
    : {
        level: value.level,
        note: value.note,
        source: value.source,
        conditionIndex: undefined,
        possibleLevels,
        unknownKeys,
      };
}

export const satisfies = (criterion: Criterion, level: number): boolean => level >= criterion.satisfiedAt;
