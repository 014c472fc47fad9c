import type { Knowledge } from '../knowledge';
import type { CategoryId, OptionId, Profile, Solution } from '../schemas';
import { rank, SCORE_EPSILON, type ExclusionReason, type Method, type Ranking } from '../scoring';
import { conflictBetween, type Conflict } from './compatibility';
import { requiredRoles, type Pipeline, type PipelineMember } from './pipeline';
import { candidateConflict, holds, layerCandidates, type Candidate } from './pipeline-candidates';
import { bestAssignment, optionClash } from './stack-search';

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

const sum = (picks: readonly Candidate[]): number => picks.reduce((s, c) => s + c.score, 0);
const byDelta = (a: StackAlternative, b: StackAlternative): number =>
  Math.abs(a.delta - b.delta) > SCORE_EPSILON ? b.delta - a.delta : a.id < b.id ? -1 : 1;

/**
 * The best compatible stack, one option per category — for logging and monitoring one pipeline:
 * a complete option, or components that together fill every role. The sum of each pick's score in
 * its own layer, maximised exactly with the compatibility rules as hard constraints. A pin holds a
 * layer to the candidates that contain the pinned option; the rest re-optimise around it.
 */
export function composeStack(kb: Knowledge, profile: Profile, method: Method, pins: Pins = {}): StackOutcome {
  const env = profile.environment;
  const rankings = new Map(kb.categories.map((c) => [c.id, rank(kb, profile, { category: c.id, method })]));
  const order = [...kb.categories.map((c) => c.id)].sort((a, b) =>
    a === 'orchestration' ? -1 : b === 'orchestration' ? 1 : 0,
  );
  const clash = optionClash(kb, env);
  const apart = (a: Solution, b: Solution) => clash.apart(clash.indexOf(a), clash.indexOf(b));
  const all = new Map(
    order.map((c) => [c, layerCandidates(kb, profile, rankings.get(c) as Ranking, env.orchestrator, apart)]),
  );
  // The search runs on slot numbers: scores, and conflicts between slots as they are asked.
  const slots = [...all.values()].flat();
  slots.forEach((c, i) => (c.slot = i));
  const scores = Float64Array.from(slots, (c) => c.score);
  const known = new Int8Array(slots.length * slots.length).fill(-1);
  const members = slots.map((c) => Int32Array.from(c.members, (m) => clash.indexOf(m.option)));
  const decide = (a: number, b: number): boolean =>
    (members[a] as Int32Array).some((x) => (members[b] as Int32Array).some((y) => clash.apart(x, y)));

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
  const layers = used.map((c) => Int32Array.from(columns.get(c) as Candidate[], (x) => x.slot));
  const solve = (override?: [CategoryId, Candidate[]]): Candidate[] | undefined => {
    const at = override ? used.indexOf(override[0]) : -1;
    const held = override && Int32Array.from(override[1], (x) => x.slot);
    const found = bestAssignment(
      held ? layers.map((l, k) => (k === at ? held : l)) : layers,
      scores,
      known,
      decide,
    );
    return found && Array.from(found, (slot) => slots[slot] as Candidate);
  };
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
