/* Oracle: the stack search on candidate objects, over the explained rankings. */
import type { Knowledge } from '../../../src/domain/knowledge';
import type { CategoryId, OptionId, Profile, Solution } from '../../../src/domain/schemas';
import { SCORE_EPSILON, type ExclusionReason, type Method, type Ranking } from '../../../src/domain/scoring';
import { explainedRank as rank } from './explained-rank';
import { conflictBetween, type Conflict } from '../../../src/domain/stack/compatibility';
import { requiredRoles, type Pipeline, type PipelineMember } from '../../../src/domain/stack/pipeline';
import { candidateConflict, holds, layerCandidates, type Candidate } from './searched-candidates';

export type Pins = Partial<Record<CategoryId, OptionId>>;

export interface StackAlternative {
  /** The option that names it: pinning this id gives this alternative. */
  id: OptionId;
  score: number;
  /** Change of the whole stack's score if this option replaced the pick (≤ 0). */
  delta: number;
  /** Its options: the one option, or a pipeline's members, lead first. */
  members: readonly PipelineMember[];
}

export interface StackPick {
  category: CategoryId;
  /** The option, or the lead member of a pipeline. */
  option: Solution;
  /** The options this layer puts in the stack: the option alone, or a pipeline's members, lead first. */
  members: readonly PipelineMember[];
  /** Logging and monitoring: the pipeline, with the member each criterion's value comes from. */
  pipeline: Pipeline | undefined;
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

/** Exact best assignment by branch and bound: each layer's best remaining score bounds the rest. */
function search(clash: (a: Candidate, b: Candidate) => boolean, columns: readonly Candidate[][]) {
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
      if (chosen.some((c) => clash(c, candidate))) continue;
      chosen.push(candidate);
      walk(k + 1, total + candidate.score);
      chosen.pop();
    }
  };
  walk(0, 0);
  return best;
}

const sum = (picks: readonly Candidate[]): number => picks.reduce((s, c) => s + c.score, 0);
const byDelta = (a: StackAlternative, b: StackAlternative): number =>
  Math.abs(a.delta - b.delta) > SCORE_EPSILON ? b.delta - a.delta : a.id < b.id ? -1 : 1;

/**
 * The best compatible stack, one option per category — for logging and monitoring one pipeline:
 * a complete option, or components that together fill every role. The sum of each pick's score in
 * its own layer, maximised exactly with the compatibility rules as hard constraints. A pin holds a
 * layer to the candidates that contain the pinned option; the rest re-optimise around it.
 */
export function searchedStack(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  pins: Pins = {},
): StackOutcome {
  const env = profile.environment;
  const rankings = new Map(kb.categories.map((c) => [c.id, rank(kb, profile, { category: c.id, method })]));
  const order = [...kb.categories.map((c) => c.id)].sort((a, b) =>
    a === 'orchestration' ? -1 : b === 'orchestration' ? 1 : 0,
  );
  const all = new Map(
    order.map((c) => [c, layerCandidates(kb, profile, rankings.get(c) as Ranking, env.orchestrator)]),
  );
  // Conflicts between candidates, memoised: -1 not yet known, 0 compatible, 1 apart.
  const slots = [...all.values()].flat();
  slots.forEach((c, i) => (c.slot = i));
  const known = new Int8Array(slots.length * slots.length).fill(-1);
  const clash = (a: Candidate, b: Candidate): boolean => {
    const at = a.slot * slots.length + b.slot;
    if (known[at] === -1) known[at] = candidateConflict(kb, env, a, b) ? 1 : 0;
    return known[at] === 1;
  };

  const columns = new Map(all);
  for (const [category, id] of Object.entries(pins) as [CategoryId, OptionId][]) {
    const pinned = columns.get(category)?.filter((c) => holds(c, id)) ?? [];
    if (pinned.length === 0) {
      const excluded = rankings.get(category)?.excluded.find((e) => e.id === id);
      if (!excluded && requiredRoles(kb, category))
        return { ok: false, refusal: { kind: 'unsatisfiable', category, id } };
      return { ok: false, refusal: { kind: 'excluded', category, id, reasons: excluded?.reasons ?? [] } };
    }
    columns.set(category, pinned);
  }
  const pinnedOptions = Object.values(pins).map((id) => kb.optionById.get(id as OptionId) as Solution);
  for (const [category, id] of Object.entries(pins) as [CategoryId, OptionId][]) {
    const option = kb.optionById.get(id) as Solution;
    for (const other of pinnedOptions) {
      const conflict = other === option ? undefined : conflictBetween(kb, env, option, other);
      if (conflict) return { ok: false, refusal: { kind: 'conflict', category, id, conflict } };
    }
  }
  const used = order.filter((c) => (columns.get(c)?.length ?? 0) > 0);
  const solve = (override?: [CategoryId, Candidate[]]) =>
    search(
      clash,
      used.map((c) => (override && override[0] === c ? override[1] : (columns.get(c) as Candidate[]))),
    );
  const best = solve();
  if (!best) {
    const [category, id] = (Object.entries(pins)[0] ?? ['networking', '']) as [CategoryId, OptionId];
    return { ok: false, refusal: { kind: 'unsatisfiable', category, id } };
  }
  const total = sum(best);
  const picks = best.map((pick, k): StackPick => {
    const category = used[k] as CategoryId;
    return {
      category,
      option: pick.option,
      members: pick.members,
      pipeline: pick.pipeline,
      score: pick.score,
      pinned: pins[category] !== undefined,
      alternatives: alternativesOf(all.get(category) ?? [], pick, total, (holding) => {
        const other = solve([category, holding]);
        return other && { total: sum(other), layer: other[k] as Candidate };
      }),
    };
  });
  const conflicts = best.flatMap((chosen, k): Conflict[] => {
    const top = columns.get(used[k] as CategoryId)?.[0];
    if ((picks[k] as StackPick).pinned || !top || top.key === chosen.key) return [];
    const clashWith = best.map((p) => candidateConflict(kb, env, top, p)).find((c) => c !== undefined);
    return clashWith ? [clashWith] : [];
  });
  return { ok: true, stack: { picks, total, conflicts, rankings } };
}

interface Solved {
  total: number;
  layer: Candidate;
}

/**
 * What pinning each other option of the layer would give: the best stack whose layer holds it,
 * priced against today's `total`, one entry per distinct alternative (named by its lead when the
 * lead leads to it), best first.
 */
function alternativesOf(
  candidates: readonly Candidate[],
  pick: Candidate,
  total: number,
  solveHolding: (holding: Candidate[]) => Solved | undefined,
): StackAlternative[] {
  const ids = [...new Set(candidates.flatMap((c) => c.members.map((m) => m.option.id)))];
  const found: { id: OptionId; solved: Solved }[] = [];
  for (const id of ids) {
    const solved = solveHolding(candidates.filter((c) => holds(c, id)));
    if (!solved || solved.layer.key === pick.key) continue;
    const same = found.find((f) => f.solved.layer.key === solved.layer.key);
    if (!same) found.push({ id, solved });
    else if (solved.layer.option.id === id) same.id = id;
  }
  return found
    .map(({ id, solved }) => ({
      id,
      score: solved.layer.score,
      delta: solved.total - total,
      members: solved.layer.members,
    }))
    .sort(byDelta)
    .slice(0, ALTERNATIVES);
}
