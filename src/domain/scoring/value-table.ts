import { measuredValue, type MeasuredValue } from '../evidence/measured';
import { observationIndex } from '../evidence/observations';
import { benchmarkApplies } from '../evidence/measured';
import type { Knowledge } from '../knowledge';
import type { Criterion, EnvMatch, Environment, EnvironmentKey, OptionId, Solution } from '../schemas';
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

const JUDGED_SPREAD = 0.5;
/** How far an ordering source separates options the levels leave tied, in steps. */
export const ORDER_STEP = 0.1;

const hundredths = (x: number): number => Math.round(x * 100) / 100;
const plain: readonly Cell[] = [0, 1, 2, 3, 4].map((level) => ({
  value: level,
  low: Math.max(0, level - JUDGED_SPREAD),
  high: Math.min(4, level + JUDGED_SPREAD),
  judged: level,
  possible: [level],
  conditionIndex: -1,
  unknownKeys: [],
}));

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
  const unknownKeys: EnvironmentKey[] = [];
  const note = (key: EnvironmentKey) => {
    if (!unknownKeys.includes(key)) unknownKeys.push(key);
    onUnknown?.(key, option.id);
  };
  const pinned = [
    ...new Set((value.when ?? []).flatMap((w) => (Object.keys(w.if) as (keyof EnvMatch)[]).map(envKeyOf))),
  ];
  const measured = measuredValue(kb, criterion, option.id, env, note, pinned);
  if (!value.when && !measured) return plain[value.level] as Cell;
  const conditions = value.when ?? [];
  const pick = pickEntry(conditions.length, (i) =>
    matchTruth((conditions[i] as (typeof conditions)[number]).if, env, note),
  );
  const judged = levelOf(value, pick.index);
  const possible = [...new Set(pick.possible.map((i) => levelOf(value, i)))];
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

/**
 * Sources that only order options (Meizu's iperf, Tongcheng's builds) separate options whose
 * values tie or whose judged levels disagree with the order, within the judged ±½ band. Where the
 * order contradicts measured figures on both sides, neither is moved: both ranges widen instead.
 */
export function applyOrderings(
  kb: Knowledge,
  criterion: Criterion,
  cells: Map<OptionId, Cell>,
  env: Environment,
  onUnknown?: OnCellUnknown,
): void {
  const index = observationIndex(kb);
  for (const series of index.ordinal.get(criterion.id) ?? []) {
    const present = [...series.ranks].filter(([id]) => cells.has(id));
    if (present.length < 2) continue;
    if (
      !benchmarkApplies(index, series.benchmark, env, (key) =>
        present.forEach(([id]) => onUnknown?.(key, id)),
      )
    )
      continue;
    present.sort(([, a], [, b]) => a - b);
    for (let i = 1; i < present.length; i += 1) {
      const [betterId, betterRank] = present[i - 1] as (typeof present)[number];
      const [worseId, worseRank] = present[i] as (typeof present)[number];
      if (betterRank === worseRank) continue;
      const better = cells.get(betterId) as Cell;
      const worse = cells.get(worseId) as Cell;
      if (worse.value < better.value) continue;
      const target = hundredths(better.value - ORDER_STEP);
      if (!worse.measured && target >= worse.judged - JUDGED_SPREAD) {
        cells.set(worseId, {
          ...worse,
          value: Math.max(0, target),
          orderedBy: [...(worse.orderedBy ?? []), series.benchmark],
        });
      } else if (
        !better.measured &&
        hundredths(worse.value + ORDER_STEP) <= Math.min(4, better.judged + JUDGED_SPREAD)
      ) {
        cells.set(betterId, {
          ...better,
          value: hundredths(worse.value + ORDER_STEP),
          orderedBy: [...(better.orderedBy ?? []), series.benchmark],
        });
      } else {
        const conflicts = [...(better.conflicts ?? []), series.benchmark];
        cells.set(betterId, { ...better, high: Math.max(better.high, worse.value), conflicts });
        cells.set(worseId, {
          ...worse,
          low: Math.min(worse.low, better.value),
          conflicts: [...(worse.conflicts ?? []), series.benchmark],
        });
      }
    }
  }
}

/** Criterion → option → cell for every option of a category, orderings applied (set-independent). */
export function categoryCells(
  kb: Knowledge,
  options: readonly Solution[],
  criteria: readonly Criterion[],
  env: Environment,
  onUnknown?: OnCellUnknown,
): Map<string, Map<OptionId, Cell>> {
  return new Map(
    criteria.map((criterion) => {
      const cells = new Map(options.map((o) => [o.id, cellFor(kb, o, criterion, env, onUnknown)]));
      applyOrderings(kb, criterion, cells, env, onUnknown);
      return [criterion.id, cells] as const;
    }),
  );
}
