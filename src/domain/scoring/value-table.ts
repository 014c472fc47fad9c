import { measuredValue, type MeasuredValue } from '../evidence/measured';
import type { Knowledge } from '../knowledge';
import type {
  CriterionValue,
  Criterion,
  EnvMatch,
  Environment,
  EnvironmentKey,
  OptionId,
  Solution,
} from '../schemas';
import { levelOf, pickEntry } from './resolve-value';
import { envKeyOf, matchTruth } from './environment-match';

/** What the engine believes about one option on one criterion in this environment. */
export interface Cell {
  /** On the 0–4 scale, in hundredths of a step (exact comparisons). */
  value: number;
  /** The plausible range (0–4): ±½ step around a judged level, the sources' spread when measured. */
  low: number;
  high: number;
  /** The judged level that applies (environment-dependent values resolved). */
  judged: number;
  /** Judged levels still possible once unknown facts are known (includes `judged`). */
  possible: readonly number[];
  /** Index into the value's `when` that applied; -1 for the base value. */
  conditionIndex: number;
  unknownKeys: readonly EnvironmentKey[];
  measured?: MeasuredValue;
  /** Benchmarks whose order placed this value within its band (ties and judged levels only). */
  orderedBy?: readonly string[];
  /** Benchmarks whose order contradicts measured figures: the range was widened to show it. */
  conflicts?: readonly string[];
}

export const JUDGED_SPREAD = 0.5;
/** How far an ordering source separates options the levels leave tied, in steps. */
export const ORDER_STEP = 0.1;

export const hundredths = (x: number): number => Math.round(x * 100) / 100;
export const plain: readonly Cell[] = [0, 1, 2, 3, 4].map((level) => ({
  value: level,
  low: Math.max(0, level - JUDGED_SPREAD),
  high: Math.min(4, level + JUDGED_SPREAD),
  judged: level,
  possible: [level],
  conditionIndex: -1,
  unknownKeys: [],
}));

/** The facts a value's conditions are about. */
function pinnedKeys(value: CriterionValue): EnvironmentKey[] {
  if (!value.when) return [];
  return [...new Set(value.when.flatMap((w) => (Object.keys(w.if) as (keyof EnvMatch)[]).map(envKeyOf)))];
}

export type OnCellUnknown = (key: EnvironmentKey, option: OptionId) => void;

export function cellFor(
  kb: Knowledge,
  option: Solution,
  criterion: Criterion,
  env: Environment,
  onUnknown?: OnCellUnknown,
): Cell {
  const value = option.values[criterion.id];
  if (!value) return plain[0] as Cell;
  // Hot path: most values have no condition and their criterion is not measured.
  if (!value.when && !criterion.measure) return plain[value.level] as Cell;
  const unknownKeys: EnvironmentKey[] = [];
  const note = (key: EnvironmentKey) => {
    if (!unknownKeys.includes(key)) unknownKeys.push(key);
    onUnknown?.(key, option.id);
  };
  const measured = criterion.measure
    ? measuredValue(kb, criterion, option.id, env, note, pinnedKeys(value))
    : undefined;
  if (!value.when && !measured) return plain[value.level] as Cell;
  const conditions = value.when ?? [];
  const pick = pickEntry(conditions.length, (i) =>
    matchTruth((conditions[i] as (typeof conditions)[number]).if, env, note),
  );
  const judged = levelOf(value, pick.index);
  const possible =
    pick.possible.length === 1 ? [judged] : [...new Set(pick.possible.map((i) => levelOf(value, i)))];
  const base = measured
    ? { value: hundredths(measured.level), low: measured.low, high: measured.high }
    : {
        value: judged,
        low: Math.max(0, Math.min(...possible) - JUDGED_SPREAD),
        high: Math.min(4, Math.max(...possible) + JUDGED_SPREAD),
      };
  return {
    ...base,
    judged,
    possible,
    conditionIndex: pick.index,
    unknownKeys,
    ...(measured && { measured }),
  };
}
