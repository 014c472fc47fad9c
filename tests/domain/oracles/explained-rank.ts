/* Oracle for tests/domain/compiled-engine.test.ts; kept as the engine's semantics, not its speed. */
import type { Knowledge } from '../../../src/domain/knowledge';
import type {
  CategoryId,
  Criterion,
  EnvironmentKey,
  OptionId,
  Profile,
  Solution,
} from '../../../src/domain/schemas';
import { compareRanked } from '../../../src/domain/scoring/compare';
import { checkRequirements } from '../../../src/domain/scoring/exclusion';
import { scoreWith } from '../../../src/domain/scoring/methods';
import type {
  Assumption,
  ExcludedOption,
  ExclusionReason,
  Method,
  RankedOption,
  Ranking,
  WeightedCriterion,
} from '../../../src/domain/scoring/types';
import { categoryCells } from '../../../src/domain/scoring/cell-table';
import type { Cell } from '../../../src/domain/scoring/value-table';

interface RankOptions {
  category: CategoryId;
  method: Method;
}

const MUST_HAVE_WEIGHT = 3;

type UnknownLog = Map<EnvironmentKey, { requirementsOf: Set<OptionId>; valuesOf: Set<OptionId> }>;

function logUnknown(log: UnknownLog, key: EnvironmentKey, id: OptionId, kind: 'requirementsOf' | 'valuesOf') {
  let entry = log.get(key);
  if (!entry) log.set(key, (entry = { requirementsOf: new Set(), valuesOf: new Set() }));
  entry[kind].add(id);
}

/** The criteria that count and their weights; equal weights when the profile sets none here. */
function weightedCriteria(all: readonly Criterion[], profile: Profile): WeightedCriterion[] {
  const weighted = all.some((c) => (profile.weights[c.id] ?? 0) > 0);
  return all.flatMap((c): WeightedCriterion[] => {
    const weight = profile.weights[c.id] ?? 0;
    if (weight > 0) return [{ criterion: c.id, weight }];
    if (profile.mustHave.includes(c.id))
      return [{ criterion: c.id, weight: MUST_HAVE_WEIGHT, fromMustHave: true }];
    return weighted ? [] : [{ criterion: c.id, weight: 1 }];
  });
}

/** A must-have on what the engine believes; never failed on an unknown fact. */
function mustHaveVerdict(cell: Cell, criterion: Criterion): 'pass' | 'kept' | 'fail' {
  const known = cell.measured ? cell.value : cell.judged;
  if (known >= criterion.satisfiedAt) return 'pass';
  if (cell.unknownKeys.length === 0) return 'fail';
  const best = cell.measured ? cell.high : Math.max(...cell.possible);
  return best >= criterion.satisfiedAt ? 'kept' : 'fail';
}

/**
 * The ranking written the plain way: every option resolved, checked and scored as one object with
 * its explanation, then sorted with `compareRanked`. The engine's compiled ranking must equal it.
 */
export function explainedRank(kb: Knowledge, profile: Profile, { category, method }: RankOptions): Ranking {
  const all = kb.criteriaByCategory.get(category) ?? [];
  const env = profile.environment;
  const criteria = weightedCriteria(all, profile);
  const used = criteria.map((w) => kb.criterionById.get(w.criterion) as Criterion);
  const mustHave = all.filter((c) => profile.mustHave.includes(c.id));
  const assumptions: Assumption[] = [];
  if (!all.some((c) => (profile.weights[c.id] ?? 0) > 0)) {
    assumptions.push({ kind: 'equalWeights', category, mustHaves: mustHave.length });
  }
  const options = kb.optionsByCategory.get(category) ?? [];
  const log: UnknownLog = new Map();
  const table = categoryCells(kb, category, used, env);
  const mustHaveColumns = mustHave.map((c) => used.indexOf(c));
  const weights = criteria.map((c) => c.weight);
  const score = scoreWith[method];
  const ranking: RankedOption[] = [];
  const excluded: ExcludedOption[] = [];
  for (let i = 0; i < options.length; i += 1) {
    const option = options[i] as Solution;
    const check = checkRequirements(option, env, profile.includeUnmaintained ?? false);
    const reasons: ExclusionReason[] = mustHave.length > 0 ? [...check.reasons] : check.reasons;
    const kept: Assumption[] = [];
    for (let k = 0; k < mustHave.length; k += 1) {
      const criterion = mustHave[k] as Criterion;
      const cell = table.cells[mustHaveColumns[k] as number]?.[i] as Cell;
      const verdict = mustHaveVerdict(cell, criterion);
      if (verdict === 'kept') {
        kept.push({
          kind: 'keptOnUnknown',
          option: option.id,
          criterion: criterion.id,
          keys: [...cell.unknownKeys],
        });
      } else if (verdict === 'fail') {
        const value = option.values[criterion.id];
        const chosen = cell.conditionIndex >= 0 ? value?.when?.[cell.conditionIndex] : value;
        reasons.push({
          kind: 'mustHave',
          criterion: criterion.id,
          level: cell.measured ? cell.value : cell.judged,
          required: criterion.satisfiedAt,
          note: chosen?.note,
          source: chosen?.source ?? option.status.source,
        });
      }
    }
    if (reasons.length > 0) {
      excluded.push({ id: option.id, name: option.name, reasons });
      continue;
    }
    assumptions.push(...kept);
    for (const key of check.unknownKeys) logUnknown(log, key, option.id, 'requirementsOf');
    // Plain loops: this runs for every feasible option on every ranking.
    const m = table.cells.length;
    const cells = new Array<Cell>(m);
    const values = new Array<number>(m);
    const levels = new Array<number>(m);
    for (let j = 0; j < m; j += 1) {
      const scaled = (table.scaled[j] as Int32Array)[i] as number;
      cells[j] = (table.cells[j] as readonly Cell[])[i] as Cell;
      values[j] = scaled;
      levels[j] = scaled / 100;
    }
    for (const key of table.unknownKeys.get(i) ?? []) logUnknown(log, key, option.id, 'valuesOf');
    const result = score(weights, values);
    ranking.push({
      id: option.id,
      name: option.name,
      score: result.score,
      levels,
      cells,
      contributions: result.contributions,
      caveats: check.caveats,
      state: option.status.state,
    });
  }
  ranking.sort(compareRanked);
  for (const [key, entry] of [...log].sort(([a], [b]) => (a < b ? -1 : 1))) {
    assumptions.push({
      kind: 'unknownEnvironment',
      key,
      requirementsOf: [...entry.requirementsOf].sort(),
      valuesOf: [...entry.valuesOf].sort(),
    });
  }
  return { category, method, criteria, ranking, excluded, assumptions };
}
