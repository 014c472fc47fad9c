import type { MaintenanceState, OptionId, Solution } from '../schemas';
import { scoreWith } from './methods';
import type { Caveat, Method, RankedOption } from './types';
import type { Cell } from './value-table';

/** What every option of one ranking was scored on: the method, the weights and the value rows. */
export interface ScoredRows {
  method: Method;
  weights: readonly number[];
  /** Row-major, `m` values per row, in hundredths of a step. */
  values: Float64Array;
  m: number;
}

/**
 * A ranked option whose contributions are worked out when first read: a ranking of a thousand
 * options shows a few of them, and a sampler or a search reads none. Everything else is an own
 * field, so a structured clone (the SMAA worker's message) carries the cells and levels; the
 * clone has no contributions, as nothing there reads them.
 */
export class RankedRow implements RankedOption {
  readonly id: OptionId;
  readonly name: string;
  readonly score: number;
  readonly levels: number[];
  readonly cells: Cell[];
  readonly caveats: Caveat[];
  readonly state: MaintenanceState;
  readonly #rows: ScoredRows;
  readonly #row: number;
  #contributions: number[] | undefined;

  constructor(
    option: Solution,
    score: number,
    levels: number[],
    cells: Cell[],
    caveats: Caveat[],
    rows: ScoredRows,
    row: number,
  ) {
    this.id = option.id;
    this.name = option.name;
    this.score = score;
    this.levels = levels;
    this.cells = cells;
    this.caveats = caveats;
    this.state = option.status.state;
    this.#rows = rows;
    this.#row = row;
    this.#contributions = undefined;
  }

  /** The explained formula itself (`weightedSum` or `topsis`) on this option's values. */
  get contributions(): number[] {
    if (!this.#contributions) {
      const { method, weights, values, m } = this.#rows;
      const row = values.subarray(this.#row * m, (this.#row + 1) * m);
      this.#contributions = scoreWith[method](weights, row).contributions;
    }
    return this.#contributions;
  }
}
