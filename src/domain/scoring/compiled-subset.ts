import type { Knowledge } from '../knowledge';
import type { EnvironmentKey, OptionId } from '../schemas';
import { cachedIn, charge, columnOf, type CompiledCategory } from './compiled-category';
import type { CompiledFilter } from './compiled-filter';
import type { Assumption } from './types';
import type { Cell } from './value-table';

/**
 * The feasible options of a filter on the criteria that count, as numbers: what a ranking scores.
 * Only the weights are left to a ranking, so moving a slider (without crossing 0) reuses all of it.
 */
export interface CompiledSubset {
  /** Criterion indexes of the category, in its order. */
  columns: Int32Array;
  m: number;
  /** Row-major, one row per feasible option: values in hundredths of a step. */
  values: Float64Array;
  /** The same on the 0–1 scale and its complement, as TOPSIS reads them; built on first use. */
  fractions: Float64Array | undefined;
  complements: Float64Array | undefined;
  /**
   * Per row, the cells and levels a ranked option shows. Shared by every ranking of this subset,
   * so frozen: a caller that changed one would change them all.
   */
  cells: readonly Cell[][];
  levels: readonly number[][];
  /** The unknown facts the requirements or values of feasible options depend on, by key. */
  unknown: readonly Assumption[];
}

/** Option indexes → their ids in id order (as the default string sort gives them). */
function idsInOrder(c: CompiledCategory, marked: Uint8Array): OptionId[] {
  const ids: OptionId[] = [];
  for (const i of c.byId) if (marked[i] === 1) ids.push((c.options[i] as (typeof c.options)[number]).id);
  return ids;
}

function unknownAssumptions(kb: Knowledge, c: CompiledCategory, f: CompiledFilter, columns: Int32Array) {
  const n = c.options.length;
  const feasible = new Uint8Array(n);
  for (const i of f.rows) feasible[i] = 1;
  const valuesOf = new Map<EnvironmentKey, Uint8Array>();
  for (const j of columns) {
    for (const [i, key] of columnOf(kb, c, j).unknown) {
      if (feasible[i] !== 1) continue;
      let marked = valuesOf.get(key);
      if (!marked) valuesOf.set(key, (marked = new Uint8Array(n)));
      marked[i] = 1;
    }
  }
  const keys = [...new Set([...f.requirementsOf.keys(), ...valuesOf.keys()])].sort((a, b) =>
    a < b ? -1 : 1,
  );
  return keys.map((key): Assumption => {
    const requirements = new Uint8Array(n);
    for (const i of f.requirementsOf.get(key) ?? []) requirements[i] = 1;
    const requirementsOf = idsInOrder(c, requirements);
    const valuesOfKey = idsInOrder(c, valuesOf.get(key) ?? new Uint8Array(n));
    // Shared by every ranking of this subset, hence frozen, like the rows.
    Object.freeze(requirementsOf);
    Object.freeze(valuesOfKey);
    return Object.freeze({ kind: 'unknownEnvironment', key, requirementsOf, valuesOf: valuesOfKey });
  });
}

function buildSubset(
  kb: Knowledge,
  c: CompiledCategory,
  f: CompiledFilter,
  columns: Int32Array,
): CompiledSubset {
  const m = columns.length;
  const k = f.rows.length;
  charge(c, k * m);
  const scaled = new Array<Int32Array>(m);
  const cellColumns = new Array<readonly Cell[]>(m);
  for (let j = 0; j < m; j += 1) {
    const column = columnOf(kb, c, columns[j] as number);
    scaled[j] = column.scaled;
    cellColumns[j] = column.cells;
  }
  const values = new Float64Array(k * m);
  const cells = new Array<Cell[]>(k);
  const levels = new Array<number[]>(k);
  for (let r = 0; r < k; r += 1) {
    const i = f.rows[r] as number;
    const rowCells = new Array<Cell>(m);
    const rowLevels = new Array<number>(m);
    for (let j = 0; j < m; j += 1) {
      const v = (scaled[j] as Int32Array)[i] as number;
      values[r * m + j] = v;
      rowLevels[j] = v / 100;
      rowCells[j] = (cellColumns[j] as readonly Cell[])[i] as Cell;
    }
    cells[r] = rowCells;
    levels[r] = rowLevels;
    Object.freeze(rowCells);
    Object.freeze(rowLevels);
  }
  return {
    columns,
    m,
    values,
    fractions: undefined,
    complements: undefined,
    cells,
    levels,
    unknown: unknownAssumptions(kb, c, f, columns),
  };
}

/** `columns`: the weighted criteria's indexes in the category, in its order. */
export function subsetOf(
  kb: Knowledge,
  c: CompiledCategory,
  f: CompiledFilter,
  columns: readonly number[],
): CompiledSubset {
  return cachedIn(f.subsets, columns.join(','), () => buildSubset(kb, c, f, Int32Array.from(columns)));
}

/** TOPSIS reads v/400 and 1 − v/400 for every value; worked out once per subset. */
export function topsisInputs(s: CompiledSubset): { fractions: Float64Array; complements: Float64Array } {
  if (!s.fractions || !s.complements) {
    s.fractions = s.values.map((v) => v / 400);
    s.complements = s.fractions.map((x) => 1 - x);
  }
  return { fractions: s.fractions, complements: s.complements };
}
