import type { Knowledge } from '../../../src/domain/knowledge';
import type {
  CategoryId,
  Environment,
  OptionId,
  Orchestrator,
  Profile,
  Solution,
} from '../../../src/domain/schemas';
import type { Ranking } from '../../../src/domain/scoring';
import { conflictBetween, orchestratorOf, type Conflict } from '../../../src/domain/stack/compatibility';
import { buildPipelines, type Pipeline, type PipelineMember } from '../../../src/domain/stack/pipeline';

/** What the stack can put in one layer: one option, or a logging/monitoring pipeline. */
export interface Candidate {
  /** The lead member: the option itself outside pipeline categories. */
  option: Solution;
  members: readonly PipelineMember[];
  /** The members' ids, lead first: two candidates with the same key are the same. */
  key: string;
  score: number;
  pipeline: Pipeline | undefined;
  /** Its place among all the stack's candidates, for the conflict memo; set by the stack. */
  slot: number;
}

/** The first rule or requirement that keeps two layers' candidates apart, member by member. */
export function candidateConflict(
  kb: Knowledge,
  env: Environment,
  a: Candidate,
  b: Candidate,
): Conflict | undefined {
  for (const x of a.members) {
    for (const y of b.members) {
      const conflict = conflictBetween(kb, env, x.option, y.option);
      if (conflict) return conflict;
    }
  }
  return undefined;
}

export const holds = (candidate: Candidate, id: OptionId): boolean =>
  candidate.members.some((m) => m.option.id === id);

/**
 * A layer's candidates, best first: the category's pipelines where it has them (a component never
 * stands alone there), otherwise its ranked options. Orchestration keeps the profile's orchestrator.
 */
export function layerCandidates(
  kb: Knowledge,
  profile: Profile,
  ranking: Ranking,
  wanted: Orchestrator | undefined,
): Candidate[] {
  const pipelines = buildPipelines(kb, profile, ranking);
  if (pipelines) {
    return pipelines
      .map((p) => ({
        option: (p.members[0] as PipelineMember).option,
        members: p.members,
        key: p.members.map((m) => m.option.id).join('+'),
        score: p.score,
        pipeline: p,
        slot: -1,
      }))
      .filter(
        ({ members }) =>
          !members.some((x, i) =>
            members.slice(i + 1).some((y) => conflictBetween(kb, profile.environment, x.option, y.option)),
          ),
      );
  }
  const category: CategoryId = ranking.category;
  return ranking.ranking
    .map((r): Candidate => {
      const option = kb.optionById.get(r.id) as Solution;
      return {
        option,
        members: [{ option, roles: [] }],
        key: option.id,
        score: r.score,
        pipeline: undefined,
        slot: -1,
      };
    })
    .filter(
      ({ option }) =>
        category !== 'orchestration' || !wanted || (orchestratorOf(kb, option) ?? wanted) === wanted,
    );
}
