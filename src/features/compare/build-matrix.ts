import type { Criterion, CriterionValue, Environment, OptionId, Profile, Solution } from '@/domain/schemas';
import { resolveValue, type Cell, type ResolvedValue } from '@/domain/scoring';

/** The engine's value for an option on a criterion (measured where measured), when known. */
export type CellOf = (option: OptionId, criterion: string) => Cell | undefined;

export interface MatrixCell {
  optionId: OptionId;
  /** The stored value (for its conditions) and the value that holds in the user's environment. */
  raw: CriterionValue | undefined;
  resolved: ResolvedValue | undefined;
  /** What the ranking scores with (0–4): measured or ordered values included. */
  value: number | undefined;
  measured: Cell['measured'];
  /** The engine's cell, for what stands behind it (the overlay's benchmarks, say). */
  cell: Cell | undefined;
  best: boolean;
}

export interface MatrixRow {
  criterion: Criterion;
  weight: number;
  cells: MatrixCell[];
  /** The options do not all have the same level here. */
  differs: boolean;
}

/** Weighted criteria first (heaviest first), then the rest; knowledge-base order within ties. */
export function orderCriteria(criteria: readonly Criterion[], weights: Profile['weights']): Criterion[] {
  const weight = (c: Criterion) => weights[c.id] ?? 0;
  return criteria
    .map((c, index) => ({ c, index }))
    .sort((a, b) => weight(b.c) - weight(a.c) || a.index - b.index)
    .map(({ c }) => c);
}

/**
 * One row per criterion with each option's resolved value. The best (highest level, ties
 * included) is marked only where the levels differ: in a row of equals nothing stands out.
 */
export function buildMatrix(
  options: readonly Solution[],
  criteria: readonly Criterion[],
  weights: Profile['weights'],
  environment: Environment,
  cellOf: CellOf = () => undefined,
): MatrixRow[] {
  return orderCriteria(criteria, weights).map((criterion) => {
    const values = options.map((option) => {
      const raw = option.values[criterion.id];
      const resolved = raw ? resolveValue(raw, environment) : undefined;
      const cell = cellOf(option.id, criterion.id);
      return {
        optionId: option.id,
        raw,
        resolved,
        value: cell?.value ?? resolved?.level,
        measured: cell?.measured,
        cell,
      };
    });
    const levels = values.map((v) => v.value ?? -1);
    const top = Math.max(...levels);
    const differs = new Set(levels).size > 1;
    return {
      criterion,
      weight: weights[criterion.id] ?? 0,
      differs,
      cells: values.map((v) => ({ ...v, best: differs && v.value === top })),
    };
  });
}
