import type { Knowledge } from '../knowledge';
import type { CategoryId, MaintenanceState, Profile } from '../schemas';
import { rank, type Method } from '../scoring';
import { cellFor } from '../scoring/value-table';

/** One fact the overlay set, as it was and as it is now, in the profile's environment. */
export type FactChange =
  | { kind: 'value'; option: string; criterion: string; before: number | undefined; after: number }
  | {
      kind: 'measured';
      benchmark: string;
      option: string;
      criterion: string;
      before: number | undefined;
      after: number;
    }
  | { kind: 'status'; option: string; before: MaintenanceState | undefined; after: MaintenanceState }
  | { kind: 'option'; option: string; change: 'added' | 'overridden' }
  | {
      kind: 'entry';
      what: 'source' | 'benchmark' | 'case-study' | 'stack-rule';
      id: string;
      change: 'added' | 'overridden';
    };

/** Where one option stood in a category's ranking before the overlay and after (undefined: not ranked). */
export interface RankMove {
  option: string;
  before: number | undefined;
  after: number | undefined;
  scoreBefore: number | undefined;
  scoreAfter: number | undefined;
}

export interface CategoryMoves {
  category: CategoryId;
  winnerBefore: string | undefined;
  winnerAfter: string | undefined;
  moves: RankMove[];
}

const valueIn = (kb: Knowledge, option: string, criterion: string, profile: Profile): number | undefined => {
  const o = kb.optionById.get(option);
  const c = kb.criterionById.get(criterion);
  return o && c && o.values[c.id] ? cellFor(kb, o, c, profile.environment).value : undefined;
};

/** Each fact the overlay set: values and measured values before and after, statuses, added entries. */
export function factChanges(base: Knowledge, overlaid: Knowledge, profile: Profile): FactChange[] {
  const out: FactChange[] = [];
  for (const fact of overlaid.overlay?.facts.values() ?? []) {
    if (fact.kind === 'value' && fact.criterion) {
      const after = valueIn(overlaid, fact.id, fact.criterion, profile);
      if (after !== undefined)
        out.push({
          kind: 'value',
          option: fact.id,
          criterion: fact.criterion,
          before: valueIn(base, fact.id, fact.criterion, profile),
          after,
        });
    } else if (fact.kind === 'status') {
      const after = overlaid.optionById.get(fact.id)?.status.state;
      if (after)
        out.push({
          kind: 'status',
          option: fact.id,
          before: base.optionById.get(fact.id)?.status.state,
          after,
        });
    } else if (fact.kind === 'option') out.push({ kind: 'option', option: fact.id, change: fact.change });
    else if (fact.kind !== 'value') {
      out.push({ kind: 'entry', what: fact.kind, id: fact.id, change: fact.change });
      if (fact.kind === 'benchmark') out.push(...measuredChanges(base, overlaid, fact.id, profile));
    }
  }
  return out;
}

function measuredChanges(base: Knowledge, overlaid: Knowledge, id: string, profile: Profile): FactChange[] {
  const bench = overlaid.benchmarks.find((b) => b.id === id);
  const out: FactChange[] = [];
  for (const series of bench?.series ?? []) {
    const criterion = series.criterion;
    if (!criterion) continue;
    for (const option of new Set(series.results.flatMap((r) => (r.option ? [r.option] : [])))) {
      const after = valueIn(overlaid, option, criterion, profile);
      if (after !== undefined)
        out.push({
          kind: 'measured',
          benchmark: id,
          option,
          criterion,
          before: valueIn(base, option, criterion, profile),
          after,
        });
    }
  }
  return out;
}

/** Per category, the options whose place in the ranking the overlay changed. */
export function rankingMoves(
  base: Knowledge,
  overlaid: Knowledge,
  profile: Profile,
  method: Method,
): CategoryMoves[] {
  return overlaid.categories.flatMap(({ id: category }) => {
    const before = rank(base, profile, { category, method }).ranking;
    const after = rank(overlaid, profile, { category, method }).ranking;
    const at = (list: typeof before, option: string) => {
      const i = list.findIndex((o) => o.id === option);
      return i < 0 ? { place: undefined, score: undefined } : { place: i + 1, score: list[i]?.score };
    };
    const ids = [...new Set([...before, ...after].map((o) => o.id))];
    const moves = ids.flatMap((option) => {
      const b = at(before, option);
      const a = at(after, option);
      return b.place === a.place
        ? []
        : [{ option, before: b.place, after: a.place, scoreBefore: b.score, scoreAfter: a.score }];
    });
    return moves.length === 0
      ? []
      : [{ category, winnerBefore: before[0]?.id, winnerAfter: after[0]?.id, moves }];
  });
}
