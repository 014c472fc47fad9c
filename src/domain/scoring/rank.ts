import type { Knowledge } from '../knowledge';
import type { CategoryId, Criterion, Profile, Solution } from '../schemas';
import { checksOf, compileCategory } from './compiled-category';
import { filterOf } from './compiled-filter';
import { subsetOf } from './compiled-subset';
import { RankedRow, type ScoredRows } from './ranked-row';
import { orderRows, scoreRows } from './score-rows';
import type { Assumption, Method, RankedOption, Ranking, WeightedCriterion } from './types';
import type { Cell } from './value-table';

export interface RankOptions {
  category: CategoryId;
  method: Method;
}

/** A must-have the profile gives no weight still counts in the ranking, with this weight. */
export const MUST_HAVE_WEIGHT = 3;

/** The criteria that count and their weights, with their indexes in the category's criteria. */
function weightedColumns(all: readonly Criterion[], profile: Profile) {
  const weighted = all.some((c) => (profile.weights[c.id] ?? 0) > 0);
  const criteria: WeightedCriterion[] = [];
  const columns: number[] = [];
  const mustHave: number[] = [];
  all.forEach((c, j) => {
    const weight = profile.weights[c.id] ?? 0;
    const must = profile.mustHave.includes(c.id);
    if (must) mustHave.push(j);
    if (weight > 0) criteria.push({ criterion: c.id, weight });
    else if (must) criteria.push({ criterion: c.id, weight: MUST_HAVE_WEIGHT, fromMustHave: true });
    else if (!weighted) criteria.push({ criterion: c.id, weight: 1 });
    else return;
    columns.push(j);
  });
  return { weighted, criteria, columns, mustHave };
}

/** The criteria that count and their weights; equal weights when the profile sets none here. */
export function weightedCriteria(all: readonly Criterion[], profile: Profile): WeightedCriterion[] {
  return weightedColumns(all, profile).criteria;
}

/**
 * Ranks one category's options for a profile: exclusions with reasons, scores with explanations.
 * Everything that does not depend on the weights — resolved values, exclusions, must-have
 * verdicts, assumptions — is compiled once per environment and must-have set and reused; a
 * ranking itself is a multiply-add per value, a sort, and one object per ranked option whose
 * contributions are worked out only if read.
 */
export function rank(kb: Knowledge, profile: Profile, { category, method }: RankOptions): Ranking {
  const all = kb.criteriaByCategory.get(category) ?? [];
  const { weighted, criteria, columns, mustHave } = weightedColumns(all, profile);
  const compiled = compileCategory(kb, category, profile.environment);
  const filter = filterOf(kb, compiled, mustHave, profile.includeUnmaintained ?? false);
  const subset = subsetOf(kb, compiled, filter, columns);
  const rows: ScoredRows = {
    method,
    weights: criteria.map((c) => c.weight),
    values: subset.values,
    m: subset.m,
  };
  const scores = new Float64Array(filter.rows.length);
  scoreRows(method, rows.weights, subset, scores);
  const idOf = (r: number) => (compiled.options[filter.rows[r] as number] as Solution).id;
  const order = orderRows(scores, filter.rowRanks, idOf);
  const checks = checksOf(compiled, profile.includeUnmaintained ?? false);
  const ranking = new Array<RankedOption>(order.length);
  for (let p = 0; p < order.length; p += 1) {
    const r = order[p] as number;
    const i = filter.rows[r] as number;
    const caveats = (checks[i] as (typeof checks)[number]).caveats;
    const option = compiled.options[i] as Solution;
    ranking[p] = new RankedRow(
      option,
      scores[r] as number,
      subset.levels[r] as number[],
      subset.cells[r] as Cell[],
      caveats,
      rows,
      r,
    );
  }
  const assumptions: Assumption[] = weighted
    ? [...filter.kept, ...subset.unknown]
    : [{ kind: 'equalWeights', category, mustHaves: mustHave.length }, ...filter.kept, ...subset.unknown];
  return { category, method, criteria, ranking, excluded: [...filter.excluded], assumptions };
}
