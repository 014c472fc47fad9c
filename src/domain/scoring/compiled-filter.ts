import type { Knowledge } from '../knowledge';
import type { Criterion, EnvironmentKey, Solution } from '../schemas';
import {
  cachedIn,
  checksOf,
  columnOf,
  FAIL,
  KEPT,
  verdictsOf,
  type CompiledCategory,
} from './compiled-category';
import type { CompiledSubset } from './compiled-subset';
import type { Assumption, ExcludedOption, ExclusionReason } from './types';
import type { Cell } from './value-table';

/**
 * A compiled category under one set of must-haves and one lifecycle rule: which options are
 * feasible and, for the rest, the reasons. Weights play no part, so every weighting reuses it.
 */
export interface CompiledFilter {
  /** Feasible option indexes, in knowledge-base order. */
  rows: Int32Array;
  /** `idRank` of each feasible row: equal scores rank by id. */
  rowRanks: Int32Array;
  excluded: readonly ExcludedOption[];
  /** Must-haves kept on an unknown fact, for feasible options, in option order. */
  kept: readonly Assumption[];
  /** Per unknown fact, the feasible options whose requirements it leaves unchecked (option indexes). */
  requirementsOf: ReadonlyMap<EnvironmentKey, readonly number[]>;
  /** Per set of weighted criteria: the values to score. */
  subsets: Map<string, CompiledSubset>;
}

function mustHaveReason(option: Solution, criterion: Criterion, cell: Cell): ExclusionReason {
  const value = option.values[criterion.id];
  const chosen = cell.conditionIndex >= 0 ? value?.when?.[cell.conditionIndex] : value;
  return {
    kind: 'mustHave',
    criterion: criterion.id,
    level: cell.measured ? cell.value : cell.judged,
    required: criterion.satisfiedAt,
    note: chosen?.note,
    source: chosen?.source ?? option.status.source,
  };
}

function buildFilter(
  kb: Knowledge,
  c: CompiledCategory,
  mustHave: readonly number[],
  includeUnmaintained: boolean,
): CompiledFilter {
  const checks = checksOf(c, includeUnmaintained);
  const verdicts = mustHave.map((j) => verdictsOf(kb, c, j));
  const rows: number[] = [];
  const excluded: ExcludedOption[] = [];
  const kept: Assumption[] = [];
  const requirementsOf = new Map<EnvironmentKey, number[]>();
  for (let i = 0; i < c.options.length; i += 1) {
    const option = c.options[i] as Solution;
    const check = checks[i] as (typeof checks)[number];
    // Most options pass everything: nothing is allocated for them.
    let reasons: ExclusionReason[] | undefined = check.reasons.length > 0 ? [...check.reasons] : undefined;
    let keptHere: Assumption[] | undefined;
    for (let k = 0; k < mustHave.length; k += 1) {
      const v = (verdicts[k] as Uint8Array)[i];
      if (v !== KEPT && v !== FAIL) continue;
      const j = mustHave[k] as number;
      const criterion = c.criteria[j] as Criterion;
      const cell = columnOf(kb, c, j).cells[i] as Cell;
      if (v === KEPT) {
        const keys = [...cell.unknownKeys];
        Object.freeze(keys);
        (keptHere ??= []).push(
          Object.freeze({ kind: 'keptOnUnknown', option: option.id, criterion: criterion.id, keys }),
        );
      } else (reasons ??= []).push(mustHaveReason(option, criterion, cell));
    }
    // Shared by every ranking under this filter, hence frozen, like the rows.
    if (reasons) {
      Object.freeze(reasons);
      excluded.push(Object.freeze({ id: option.id, name: option.name, reasons }));
      continue;
    }
    if (keptHere) kept.push(...keptHere);
    rows.push(i);
    for (const key of check.unknownKeys) {
      const list = requirementsOf.get(key);
      if (list) list.push(i);
      else requirementsOf.set(key, [i]);
    }
  }
  const feasible = Int32Array.from(rows);
  return {
    rows: feasible,
    rowRanks: feasible.map((i) => c.idRank[i] as number),
    excluded,
    kept,
    requirementsOf,
    subsets: new Map(),
  };
}

/** `mustHave`: criterion indexes of the category, in its order. */
export function filterOf(
  kb: Knowledge,
  c: CompiledCategory,
  mustHave: readonly number[],
  includeUnmaintained: boolean,
): CompiledFilter {
  const key = `${includeUnmaintained ? 1 : 0}|${mustHave.join(',')}`;
  return cachedIn(c.filters, key, () => buildFilter(kb, c, mustHave, includeUnmaintained));
}
