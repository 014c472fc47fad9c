import type { Knowledge } from '../knowledge';
import type { CategoryId, OptionId, Profile, Solution } from '../schemas';
import { rank, SCORE_EPSILON, type ExclusionReason, type Method, type Ranking } from '../scoring';
import { conflictBetween, orchestratorOf, type Conflict } from './compatibility';

export type Pins = Partial<Record<CategoryId, OptionId>>;

interface Candidate {
  option: Solution;
  score: number;
}

export interface StackAlternative {
  id: OptionId;
  score: number;
  /** Change of the whole stack's score if this option replaced the pick (≤ 0). */
  delta: number;
}

export interface StackPick {
  category: CategoryId;
  option: Solution;
  score: number;
  pinned: boolean;
  alternatives: StackAlternative[];
}

export interface Stack {
  picks: StackPick[];
  total: number;
  /** Where a category's #1 was kept out by another pick: the pair, the rule and its source. */
  conflicts: Conflict[];
  rankings: ReadonlyMap<CategoryId, Ranking>;
}

/** A pin that cannot hold: the option is excluded here, or it clashes with another pin. */
export type PinRefusal =
  | { kind: 'excluded'; category: CategoryId; id: OptionId; reasons: ExclusionReason[] }
  | { kind: 'conflict'; category: CategoryId; id: OptionId; conflict: Conflict }
  | { kind: 'unsatisfiable'; category: CategoryId; id: OptionId };

export type StackOutcome = { ok: true; stack: Stack } | { ok: false; refusal: PinRefusal };

const ALTERNATIVES = 3;

/** Exact best assignment by branch and bound: each category's best remaining score bounds the rest. */
function search(kb: Knowledge, profile: Profile, columns: readonly Candidate[][]): Candidate[] | undefined {
  const bound = new Array<number>(columns.length + 1).fill(0);
  for (let k = columns.length - 1; k >= 0; k -= 1)
    bound[k] = (bound[k + 1] as number) + (columns[k]?.[0]?.score ?? 0);
  let best: Candidate[] | undefined;
  let bestTotal = -Infinity;
  const chosen: Candidate[] = [];
  const walk = (k: number, total: number): void => {
    if (total + (bound[k] as number) <= bestTotal + SCORE_EPSILON) return;
    if (k === columns.length) {
      best = [...chosen];
      bestTotal = total;
      return;
    }
    for (const candidate of columns[k] as Candidate[]) {
      if (chosen.some((c) => conflictBetween(kb, profile.environment, c.option, candidate.option))) continue;
      chosen.push(candidate);
      walk(k + 1, total + candidate.score);
      chosen.pop();
    }
  };
  walk(0, 0);
  return best;
}

const sum = (picks: readonly Candidate[]): number => picks.reduce((s, c) => s + c.score, 0);

/**
 * The best compatible stack, one option per category, for a profile: the sum of each pick's score
 * in its own category's ranking, maximised exactly with the compatibility rules as hard
 * constraints. Pinned categories keep their option; the rest re-optimise around them.
 */
export function composeStack(kb: Knowledge, profile: Profile, method: Method, pins: Pins = {}): StackOutcome {
  const rankings = new Map(kb.categories.map((c) => [c.id, rank(kb, profile, { category: c.id, method })]));
  const order = [...kb.categories.map((c) => c.id)].sort((a, b) =>
    a === 'orchestration' ? -1 : b === 'orchestration' ? 1 : 0,
  );
  const wanted = profile.environment.orchestrator;
  const candidatesOf = (category: CategoryId): Candidate[] =>
    (rankings.get(category)?.ranking ?? [])
      .map((r) => ({ option: kb.optionById.get(r.id) as Solution, score: r.score }))
      .filter(
        ({ option }) =>
          category !== 'orchestration' || !wanted || (orchestratorOf(kb, option) ?? wanted) === wanted,
      );

  const columns = new Map(order.map((c) => [c, candidatesOf(c)]));
  for (const [category, id] of Object.entries(pins) as [CategoryId, OptionId][]) {
    const pinned = columns.get(category)?.filter((c) => c.option.id === id) ?? [];
    if (pinned.length === 0) {
      const excluded = rankings.get(category)?.excluded.find((e) => e.id === id);
      return { ok: false, refusal: { kind: 'excluded', category, id, reasons: excluded?.reasons ?? [] } };
    }
    columns.set(category, pinned);
  }
  const pinnedOptions = Object.values(pins).map((id) => kb.optionById.get(id as OptionId) as Solution);
  for (const [category, id] of Object.entries(pins) as [CategoryId, OptionId][]) {
    const option = kb.optionById.get(id) as Solution;
    for (const other of pinnedOptions) {
      const conflict = other === option ? undefined : conflictBetween(kb, profile.environment, option, other);
      if (conflict) return { ok: false, refusal: { kind: 'conflict', category, id, conflict } };
    }
  }
  const used = order.filter((c) => (columns.get(c)?.length ?? 0) > 0);
  const solve = (override?: [CategoryId, Candidate]) =>
    search(
      kb,
      profile,
      used.map((c) => (override && override[0] === c ? [override[1]] : (columns.get(c) as Candidate[]))),
    );
  const best = solve();
  if (!best) {
    const [category, id] = (Object.entries(pins)[0] ?? ['networking', '']) as [CategoryId, OptionId];
    return { ok: false, refusal: { kind: 'unsatisfiable', category, id } };
  }
  const total = sum(best);
  const picks = best.map((pick, k): StackPick => {
    const category = used[k] as CategoryId;
    const alternatives = candidatesOf(category)
      .filter((c) => c.option.id !== pick.option.id)
      .flatMap((c): StackAlternative[] => {
        const other = solve([category, c]);
        return other ? [{ id: c.option.id, score: c.score, delta: sum(other) - total }] : [];
      })
      .sort((a, b) => b.delta - a.delta || (a.id < b.id ? -1 : 1))
      .slice(0, ALTERNATIVES);
    return {
      category,
      option: pick.option,
      score: pick.score,
      pinned: pins[category] !== undefined,
      alternatives,
    };
  });
  const conflicts = picks.flatMap((pick): Conflict[] => {
    const top = columns.get(pick.category)?.[0];
    if (pick.pinned || !top || top.option.id === pick.option.id) return [];
    const clash = picks
      .map((p) => conflictBetween(kb, profile.environment, top.option, p.option))
      .find((c) => c !== undefined);
    return clash ? [clash] : [];
  });
  return { ok: true, stack: { picks, total, conflicts, rankings } };
}
