import { benchmarkApplies } from '../evidence/measured';
import { observationIndex } from '../evidence/observations';
import type { Knowledge } from '../knowledge';
import type { CategoryId, Criterion, Environment, EnvironmentKey, OptionId, Solution } from '../schemas';
import { cellFor, hundredths, JUDGED_SPREAD, ORDER_STEP, plain, type Cell } from './value-table';

/** Every option of a category on some criteria, as the engine believes them in one environment. */
export interface CellTable {
  options: readonly Solution[];
  criteria: readonly Criterion[];
  /** `cells[j][i]`: criterion j, option i (both in the order above). */
  cells: readonly (readonly Cell[])[];
  /** `scaled[j][i]`: the same value in hundredths of a step, as the scoring methods take it. */
  scaled: readonly Int32Array[];
  optionIndex: ReadonlyMap<OptionId, number>;
  /** Option index → every unknown fact its cells (and any ordering source) depended on; sparse. */
  unknownKeys: ReadonlyMap<number, readonly EnvironmentKey[]>;
}

/** One criterion over every option of a category, in one environment. */
export interface Column {
  cells: readonly Cell[];
  scaled: Int32Array;
  /** (option index, fact) pairs for the few cells left open by unknown facts. */
  unknown: readonly [number, EnvironmentKey][];
}

/** The cell of one option on one criterion, or undefined when either is not in the table. */
export function cellOf(table: CellTable, criterion: string, option: OptionId): Cell | undefined {
  const j = table.criteria.findIndex((c) => c.id === criterion);
  const i = table.optionIndex.get(option);
  return i === undefined ? undefined : table.cells[j]?.[i];
}

// Columns depend on the environment only, not on weights: moving a weight slider reuses them.
const cache = new WeakMap<Knowledge, Map<string, Column>>();
const CACHE_LIMIT = 1024;

/** One string per environment, whatever the order of its keys: the key of every per-environment cache. */
export const environmentKey = (env: Environment): string =>
  JSON.stringify(Object.entries(env).sort(([a], [b]) => (a < b ? -1 : 1)));

/**
 * One criterion's column over the whole category, orderings applied; cached per environment, so
 * moving a weight slider or ranking again reuses it.
 */
export function categoryColumn(
  kb: Knowledge,
  category: CategoryId,
  criterion: Criterion,
  env: Environment,
  envKey: string = environmentKey(env),
): Column {
  let columns = cache.get(kb);
  if (!columns) cache.set(kb, (columns = new Map()));
  const key = `${category}|${criterion.id}|${envKey}`;
  let column = columns.get(key);
  if (!column) {
    if (columns.size >= CACHE_LIMIT) columns.clear();
    column = buildColumn(kb, category, criterion, env, indexOf(kb, category));
    columns.set(key, column);
  }
  return column;
}

/**
 * Every option of the category on the given criteria, orderings applied. Columns span the whole
 * category so an ordering never depends on which options are feasible. Plain values come from the
 * typed value rows: this runs for every option × criterion of a new environment.
 */
export function categoryCells(
  kb: Knowledge,
  category: CategoryId,
  criteria: readonly Criterion[],
  env: Environment,
): CellTable {
  const options = kb.optionsByCategory.get(category) ?? [];
  const optionIndex = indexOf(kb, category);
  const envKey = environmentKey(env);
  const unknownKeys = new Map<number, EnvironmentKey[]>();
  const cells = criteria.map((criterion) => {
    const column = categoryColumn(kb, category, criterion, env, envKey);
    for (const [i, k] of column.unknown) {
      const keys = unknownKeys.get(i);
      if (!keys) unknownKeys.set(i, [k]);
      else if (!keys.includes(k)) keys.push(k);
    }
    return column;
  });
  return {
    options,
    criteria,
    cells: cells.map((c) => c.cells),
    scaled: cells.map((c) => c.scaled),
    optionIndex,
    unknownKeys,
  };
}

function buildColumn(
  kb: Knowledge,
  category: CategoryId,
  criterion: Criterion,
  env: Environment,
  optionIndex: ReadonlyMap<OptionId, number>,
): Column {
  const options = kb.optionsByCategory.get(category) ?? [];
  const rows = kb.valueRows.get(category) ?? [];
  const column = (kb.criteriaByCategory.get(category) ?? []).indexOf(criterion);
  const cells = new Array<Cell>(options.length);
  for (let i = 0; i < options.length; i += 1) {
    const row = rows[i];
    cells[i] =
      row && column >= 0 && !row.conditional[column] && !criterion.measure
        ? (plain[row.base[column] as number] as Cell)
        : cellFor(kb, options[i] as Solution, criterion, env);
  }
  const unknown: [number, EnvironmentKey][] = [];
  applyOrderings(kb, criterion, cells, optionIndex, env, (key, i) => unknown.push([i, key]));
  cells.forEach((cell, i) => cell.unknownKeys.forEach((key) => unknown.push([i, key])));
  return { cells, scaled: Int32Array.from(cells, (c) => Math.round(c.value * 100)), unknown };
}

const indexes = new WeakMap<Knowledge, Map<CategoryId, Map<OptionId, number>>>();

function indexOf(kb: Knowledge, category: CategoryId): Map<OptionId, number> {
  let byCategory = indexes.get(kb);
  if (!byCategory) indexes.set(kb, (byCategory = new Map()));
  let index = byCategory.get(category);
  if (!index) {
    index = new Map((kb.optionsByCategory.get(category) ?? []).map((o, i) => [o.id, i]));
    byCategory.set(category, index);
  }
  return index;
}

/**
 * Sources that only order options (Meizu's iperf, Tongcheng's builds) separate options whose
 * values tie or whose judged levels disagree with the order, within the judged ±½ band. Where the
 * order contradicts measured figures on both sides, neither is moved: both ranges widen instead.
 */
function applyOrderings(
  kb: Knowledge,
  criterion: Criterion,
  cells: Cell[],
  optionIndex: ReadonlyMap<OptionId, number>,
  env: Environment,
  onUnknown: (key: EnvironmentKey, option: number) => void,
): void {
  const index = observationIndex(kb);
  for (const series of index.ordinal.get(criterion.id) ?? []) {
    const present = [...series.ranks].flatMap(([id, rank]) => {
      const i = optionIndex.get(id);
      return i === undefined ? [] : [{ id, i, rank }];
    });
    if (present.length < 2) continue;
    const applies = benchmarkApplies(index, series.benchmark, env, (key) =>
      present.forEach(({ i }) => onUnknown(key, i)),
    );
    if (!applies) continue;
    present.sort((a, b) => a.rank - b.rank);
    for (let k = 1; k < present.length; k += 1) {
      const b = present[k - 1] as (typeof present)[number];
      const w = present[k] as (typeof present)[number];
      if (b.rank === w.rank) continue;
      const better = cells[b.i] as Cell;
      const worse = cells[w.i] as Cell;
      if (worse.value < better.value) continue;
      const by = series.benchmark;
      const target = hundredths(better.value - ORDER_STEP);
      const raised = hundredths(worse.value + ORDER_STEP);
      if (!worse.measured && target >= worse.judged - JUDGED_SPREAD) {
        cells[w.i] = { ...worse, value: Math.max(0, target), orderedBy: [...(worse.orderedBy ?? []), by] };
      } else if (!better.measured && raised <= Math.min(4, better.judged + JUDGED_SPREAD)) {
        cells[b.i] = { ...better, value: raised, orderedBy: [...(better.orderedBy ?? []), by] };
      } else {
        cells[b.i] = {
          ...better,
          high: Math.max(better.high, worse.value),
          conflicts: [...(better.conflicts ?? []), by],
        };
        cells[w.i] = {
          ...worse,
          low: Math.min(worse.low, better.value),
          conflicts: [...(worse.conflicts ?? []), by],
        };
      }
    }
  }
}
