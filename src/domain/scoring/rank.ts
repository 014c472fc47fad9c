import type { Knowledge, ValueRow } from '../knowledge';
import type { CategoryId, EnvironmentKey, Level, OptionId, Profile, Solution } from '../schemas';
import { matchTruth, type Truth } from './environment-match';
import { checkFeasibility } from './exclusion';
import { scoreWith, type ScoringMethod } from './methods';
import type { Assumption, ExcludedOption, Method, RankedOption, Ranking, WeightedCriterion } from './types';

export interface RankOptions {
  category: CategoryId;
  method: Method;
}

type UnknownLog = Map<EnvironmentKey, { requirementsOf: Set<OptionId>; valuesOf: Set<OptionId> }>;

function logUnknown(
  log: UnknownLog,
  key: EnvironmentKey,
  id: OptionId,
  kind: 'requirementsOf' | 'valuesOf',
): void {
  let entry = log.get(key);
  if (!entry) log.set(key, (entry = { requirementsOf: new Set(), valuesOf: new Set() }));
  entry[kind].add(id);
}

const byScoreThenId = (a: RankedOption, b: RankedOption): number =>
  b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Each distinct condition of the knowledge base, decided once for this environment. */
interface Decided {
  truth: Truth;
  unknownKeys: EnvironmentKey[];
  /** The last option whose assumption was logged for this condition (logs once per option). */
  loggedFor: OptionId | undefined;
}

interface Plan {
  columns: readonly number[];
  positions: readonly number[];
  shares: readonly number[];
  decided: readonly Decided[];
  method: ScoringMethod;
}

// Hot path: runs once per option on every ranking, so it avoids per-criterion objects and
// touches environment conditions only for the few values that have them. Same rule as
// resolveIndex: the first condition that holds wins unless an earlier one is undecided.
function scoreOption(option: Solution, row: ValueRow, plan: Plan, log: UnknownLog): RankedOption {
  const { columns, positions } = plan;
  const levels = new Array<number>(columns.length);
  for (let i = 0; i < columns.length; i += 1) levels[i] = row.base[columns[i] as number] as number;
  for (const { column, value, conditions } of row.conditional) {
    const position = positions[column] ?? -1;
    if (position < 0) continue;
    for (let c = 0; c < conditions.length; c += 1) {
      const decided = plan.decided[conditions[c] as number] as Decided;
      if (decided.truth === 'met') {
        levels[position] = value.when?.[c]?.level ?? value.level;
        break;
      }
      if (decided.truth === 'unknown') {
        if (decided.loggedFor !== option.id) {
          decided.loggedFor = option.id;
          for (const key of decided.unknownKeys) logUnknown(log, key, option.id, 'valuesOf');
        }
        break;
      }
    }
  }
  const { score, contributions } = plan.method(plan.shares, levels);
  return { id: option.id, name: option.name, score, levels: levels as Level[], contributions };
}

/** Ranks one category's options for a profile: exclusions with reasons, scores with explanations. */
export function rank(kb: Knowledge, profile: Profile, { category, method }: RankOptions): Ranking {
  const all = kb.criteriaByCategory.get(category) ?? [];
  const assumptions: Assumption[] = [];
  let used = all.filter((c) => (profile.weights[c.id] ?? 0) > 0);
  const equal = used.length === 0;
  if (equal) {
    used = [...all];
    assumptions.push({ kind: 'equalWeights', category });
  }
  const criteria: WeightedCriterion[] = used.map((c) => ({
    criterion: c.id,
    weight: equal ? 1 : (profile.weights[c.id] ?? 0),
  }));
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  const plan: Plan = {
    columns: used.map((c) => all.indexOf(c)),
    positions: all.map((c) => used.indexOf(c)),
    shares: criteria.map((c) => c.weight / total),
    decided: kb.conditions.map((match): Decided => {
      const unknownKeys: EnvironmentKey[] = [];
      const truth = matchTruth(match, profile.environment, (key) => unknownKeys.push(key));
      return { truth, unknownKeys, loggedFor: undefined };
    }),
    method: scoreWith[method],
  };
  const mustHave = all.filter((c) => profile.mustHave.includes(c.id));
  const mustHaveColumns = mustHave.map((c) => all.indexOf(c));

  const log: UnknownLog = new Map();
  const ranking: RankedOption[] = [];
  const excluded: ExcludedOption[] = [];
  const options = kb.optionsByCategory.get(category) ?? [];
  const rows = kb.valueRows.get(category) ?? [];
  for (const [index, option] of options.entries()) {
    const row = rows[index];
    if (!row) throw new Error(`${option.id} has no value row`);
    const feasibility = checkFeasibility(option, profile.environment, mustHave, row, mustHaveColumns);
    if (feasibility.reasons.length > 0) {
      excluded.push({ id: option.id, name: option.name, reasons: feasibility.reasons });
      continue;
    }
    for (const key of feasibility.unknownKeys) logUnknown(log, key, option.id, 'requirementsOf');
    ranking.push(scoreOption(option, row, plan, log));
  }
  ranking.sort(byScoreThenId);

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
