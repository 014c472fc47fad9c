import type { Knowledge } from '../knowledge';
import {
  pipelineRoles,
  type CategoryId,
  type Criterion,
  type CriterionId,
  type OptionId,
  type PipelineRole,
  type Profile,
  type Solution,
} from '../schemas';
import { categoryCells, sameScore, scoreWith, type Ranking } from '../scoring';

/** One option of a pipeline and the roles it fills. */
export interface PipelineMember {
  option: Solution;
  roles: readonly PipelineRole[];
}

/**
 * Where a pipeline's value on one criterion comes from. `role`: the member filling the role the
 * criterion measures (the best of them if several do); `best`: no member fills that role, so the
 * best member on its own counts; `weakest`: a shared criterion, which the weakest member sets.
 */
export interface PipelineValue {
  criterion: CriterionId;
  member: OptionId;
  rule: 'role' | 'best' | 'weakest';
  role: PipelineRole | undefined;
  /** On the 0–4 scale. */
  level: number;
  contribution: number;
}

/** A complete option alone, or components that together fill every role the category requires. */
export interface Pipeline {
  category: CategoryId;
  /** The lead first (the member filling the most roles, ties by id), then the others likewise. */
  members: readonly PipelineMember[];
  score: number;
  /** Aligned with the ranking's criteria. */
  values: readonly PipelineValue[];
}

/** At most this many components make one pipeline. */
export const MAX_MEMBERS = 3;

const maskOf = (roles: readonly PipelineRole[]): number =>
  roles.reduce((mask, role) => mask | (1 << pipelineRoles.indexOf(role)), 0);

const byLead = (a: PipelineMember, b: PipelineMember): number =>
  b.roles.length - a.roles.length || (a.option.id < b.option.id ? -1 : 1);

const keyOf = (members: readonly PipelineMember[]): string => members.map((m) => m.option.id).join('+');

/** Best first; equal scores by the members' ids, lead first. */
export const comparePipelines = (a: Pipeline, b: Pipeline): number =>
  sameScore(a.score, b.score) ? (keyOf(a.members) < keyOf(b.members) ? -1 : 1) : b.score - a.score;

/** The roles a complete pipeline of this category fills, or undefined outside logging and monitoring. */
export function requiredRoles(kb: Knowledge, category: CategoryId): readonly PipelineRole[] | undefined {
  return kb.categories.find((c) => c.id === category)?.pipeline?.roles;
}

/**
 * Every set of up to three usable options whose roles cover `required` with no redundant member:
 * a complete option alone, or components none of which the others could do without.
 */
function coveringSets(usable: readonly PipelineMember[], required: number): PipelineMember[][] {
  const masks = usable.map((m) => maskOf(m.roles));
  const complete = usable.filter((_, i) => ((masks[i] as number) & required) === required);
  const parts = usable.flatMap((_, i) => (((masks[i] as number) & required) === required ? [] : [i]));
  const sets: PipelineMember[][] = complete.map((m) => [m]);
  const covers = (ix: readonly number[]) =>
    (ix.reduce((s, i) => s | (masks[i] as number), 0) & required) === required;
  const visit = (chosen: number[], from: number): void => {
    if (chosen.length >= 2 && covers(chosen)) {
      // Minimal: dropping any member leaves a role uncovered.
      if (chosen.every((_, k) => !covers(chosen.filter((__, l) => l !== k))))
        sets.push(chosen.map((i) => usable[i] as PipelineMember));
      return;
    }
    if (chosen.length === MAX_MEMBERS) return;
    for (let p = from; p < parts.length; p += 1) visit([...chosen, parts[p] as number], p + 1);
  };
  visit([], 0);
  return sets.map((set) => [...set].sort(byLead));
}

/**
 * The candidate pipelines of a pipeline category for a profile, best first, scored with the
 * ranking's method and weights over combined values. A criterion measuring a role takes the member
 * filling it. A shared criterion takes the weakest member: a pipeline is as hard to run, as young
 * and as small in scale as its weakest part, and it is self-hosted only if every part is.
 * Members the environment or lifecycle excludes exclude the pipeline; must-haves are judged on the
 * combined values. Undefined for categories without a pipeline.
 */
export function buildPipelines(kb: Knowledge, profile: Profile, ranking: Ranking): Pipeline[] | undefined {
  const roles = requiredRoles(kb, ranking.category);
  if (!roles) return undefined;
  const criteria = ranking.criteria.map((w) => kb.criterionById.get(w.criterion) as Criterion);
  const weights = ranking.criteria.map((w) => w.weight);
  const table = categoryCells(kb, ranking.category, criteria, profile.environment);
  const member = (id: OptionId): PipelineMember => {
    const option = kb.optionById.get(id) as Solution;
    return { option, roles: option.provides?.roles ?? [] };
  };
  // Must-haves each usable option fails on its own; an option kept out for anything else is unusable.
  const fails = new Map<OptionId, ReadonlySet<CriterionId>>();
  const usable = ranking.ranking.map((r) => member(r.id));
  for (const e of ranking.excluded) {
    if (!e.reasons.every((r) => r.kind === 'mustHave')) continue;
    fails.set(e.id, new Set(e.reasons.flatMap((r) => (r.kind === 'mustHave' ? [r.criterion] : []))));
    usable.push(member(e.id));
  }
  const mustHave = new Set(profile.mustHave);
  const score = scoreWith[ranking.method];
  const pipelines: Pipeline[] = [];
  for (const members of coveringSets(usable, maskOf(roles))) {
    const sources = criteria.map((criterion, j) => {
      const scaled = table.scaled[j] as Int32Array;
      const value = (m: PipelineMember) => scaled[table.optionIndex.get(m.option.id) as number] as number;
      const role = criterion.pipelineRole;
      const fillers = role ? members.filter((m) => m.roles.includes(role)) : [];
      const pool = fillers.length > 0 ? fillers : members;
      const weakest = role === undefined;
      const chosen = pool.reduce((a, b) => ((weakest ? value(b) < value(a) : value(b) > value(a)) ? b : a));
      const rule: PipelineValue['rule'] = weakest ? 'weakest' : fillers.length > 0 ? 'role' : 'best';
      return { criterion, member: chosen, rule, role, value: value(chosen) };
    });
    const failed = sources.some(
      (s) =>
        mustHave.has(s.criterion.id) &&
        (s.rule === 'weakest' ? members : [s.member]).some((m) =>
          fails.get(m.option.id)?.has(s.criterion.id),
        ),
    );
    if (failed) continue;
    const result = score(
      weights,
      sources.map((s) => s.value),
    );
    pipelines.push({
      category: ranking.category,
      members,
      score: result.score,
      values: sources.map((s, j) => ({
        criterion: s.criterion.id,
        member: s.member.option.id,
        rule: s.rule,
        role: s.role,
        level: s.value / 100,
        contribution: result.contributions[j] as number,
      })),
    });
  }
  return pipelines.sort(comparePipelines);
}
