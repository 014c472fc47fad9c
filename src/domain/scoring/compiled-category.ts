import type { Knowledge } from '../knowledge';
import type { CategoryId, Criterion, Environment, Solution } from '../schemas';
import { categoryColumn, environmentKey, type Column } from './cell-table';
import type { CompiledFilter } from './compiled-filter';
import { checkRequirements, type RequirementCheck } from './exclusion';
import type { Cell } from './value-table';

/** A must-have on what the engine believes: met, kept (it passes only if an unknown fact is favourable), or failed. */
const PASS = 0;
export const KEPT = 1;
export const FAIL = 2;

/**
 * One category in one environment, worked out once and shared by every ranking in it: rankings
 * that differ only in weights, must-haves or method read the same columns, requirement checks and
 * must-have verdicts. Columns and verdicts are filled on first use, so a criterion nobody weights
 * (a measured one is the costly kind) is never resolved.
 */
export interface CompiledCategory {
  category: CategoryId;
  env: Environment;
  envKey: string;
  options: readonly Solution[];
  /** Every criterion of the category, in knowledge-base order; columns and verdicts align with it. */
  criteria: readonly Criterion[];
  columns: (Column | undefined)[];
  verdicts: (Uint8Array | undefined)[];
  /** Requirement checks per option, without and with unmaintained projects allowed. */
  checks: [readonly RequirementCheck[] | undefined, readonly RequirementCheck[] | undefined];
  /** Option index → its place in id order: equal scores rank by id. */
  idRank: Int32Array;
  /** Option indexes in id order, to list ids sorted without sorting strings again. */
  byId: Int32Array;
  /** Per must-have set and lifecycle rule: who is feasible, who is out and why. */
  filters: Map<string, CompiledFilter>;
  /** The knowledge base's cache this entry is counted in. */
  cache: Compiled;
}

interface Compiled {
  entries: Map<string, CompiledCategory>;
  /** Options × criteria over the entries and their value tables: what the cache holds, roughly. */
  cells: number;
}
const compiled = new WeakMap<Knowledge, Compiled>();
/**
 * Emptied beyond this many option × criterion cells (tens of megabytes at most): hundreds of
 * environments of the real knowledge base — a what-if or near-miss view visits a dozen — or about
 * ten of a synthetic thousand-option one.
 */
const CELL_BUDGET = 1_000_000;

interface IdOrder {
  idRank: Int32Array;
  byId: Int32Array;
}
const idOrders = new WeakMap<Knowledge, Map<CategoryId, IdOrder>>();

function idOrderOf(kb: Knowledge, category: CategoryId, options: readonly Solution[]): IdOrder {
  let byCategory = idOrders.get(kb);
  if (!byCategory) idOrders.set(kb, (byCategory = new Map()));
  let order = byCategory.get(category);
  if (!order) {
    // The default sort: the order every ranking breaks ties in and every id list is given in.
    const byId = Int32Array.from(
      options.map((o, i) => ({ id: o.id, i })).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
      (x) => x.i,
    );
    const idRank = new Int32Array(options.length);
    byId.forEach((i, position) => (idRank[i] = position));
    byCategory.set(category, (order = { idRank, byId }));
  }
  return order;
}

export function compileCategory(kb: Knowledge, category: CategoryId, env: Environment): CompiledCategory {
  let cache = compiled.get(kb);
  if (!cache) compiled.set(kb, (cache = { entries: new Map(), cells: 0 }));
  const envKey = environmentKey(env);
  const key = `${category}|${envKey}`;
  let entry = cache.entries.get(key);
  if (!entry) {
    const options = kb.optionsByCategory.get(category) ?? [];
    const criteria = kb.criteriaByCategory.get(category) ?? [];
    entry = {
      category,
      // A copy: the entry outlives this call, and a caller may reuse its environment object.
      env: { ...env },
      envKey,
      options,
      criteria,
      columns: new Array<Column | undefined>(criteria.length).fill(undefined),
      verdicts: new Array<Uint8Array | undefined>(criteria.length).fill(undefined),
      checks: [undefined, undefined],
      ...idOrderOf(kb, category, options),
      filters: new Map(),
      cache,
    };
    charge(entry, options.length * criteria.length);
    cache.entries.set(key, entry);
  }
  return entry;
}

export function columnOf(kb: Knowledge, c: CompiledCategory, j: number): Column {
  let column = c.columns[j];
  if (!column) {
    column = categoryColumn(kb, c.category, c.criteria[j] as Criterion, c.env, c.envKey);
    c.columns[j] = column;
  }
  return column;
}

export function checksOf(c: CompiledCategory, includeUnmaintained: boolean): readonly RequirementCheck[] {
  const at = includeUnmaintained ? 1 : 0;
  let checks = c.checks[at];
  if (!checks) {
    checks = c.options.map((o) => checkRequirements(o, c.env, includeUnmaintained));
    c.checks[at] = checks;
  }
  return checks;
}

function verdict(cell: Cell, criterion: Criterion): number {
  const known = cell.measured ? cell.value : cell.judged;
  if (known >= criterion.satisfiedAt) return PASS;
  if (cell.unknownKeys.length === 0) return FAIL;
  const best = cell.measured ? cell.high : Math.max(...cell.possible);
  return best >= criterion.satisfiedAt ? KEPT : FAIL;
}

/** Per option, whether it meets criterion `j` as a must-have: PASS, KEPT (on an unknown fact) or FAIL. */
export function verdictsOf(kb: Knowledge, c: CompiledCategory, j: number): Uint8Array {
  let verdicts = c.verdicts[j];
  if (!verdicts) {
    const criterion = c.criteria[j] as Criterion;
    verdicts = Uint8Array.from(columnOf(kb, c, j).cells, (cell) => verdict(cell, criterion));
    c.verdicts[j] = verdicts;
  }
  return verdicts;
}

/**
 * Counts `cells` more against the budget; a cache over it is emptied first. What a caller holds
 * stays valid; it is only no longer shared.
 */
export function charge(c: CompiledCategory, cells: number): void {
  if (c.cache.cells + cells > CELL_BUDGET) {
    c.cache.entries.clear();
    c.cache.cells = 0;
  }
  c.cache.cells += cells;
}

/** `map.get(key)`, built on first use; a full map is emptied first (memory stays bounded, entries rebuild). */
export function cachedIn<T>(map: Map<string, T>, key: string, build: () => T, limit = 16): T {
  let value = map.get(key);
  if (value === undefined) {
    if (map.size >= limit) map.clear();
    value = build();
    map.set(key, value);
  }
  return value;
}
