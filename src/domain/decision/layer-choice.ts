import type { Knowledge } from '../knowledge';
import type { OptionId, Profile, Solution } from '../schemas';
import type { Ranking } from '../scoring';
import type { SmaaResult } from '../sensitivity';
import { buildPipelines, pipelineAcceptability, pipelineKey, type StackPick } from '../stack';
import type { ChoiceConfidence, ChosenOption, ConsideredOption } from './decision-data';

/** A considered option before its distance to the chosen one is known. */
export type Candidate = Omit<ConsideredOption, 'delta'>;

/** A layer's feasible options in rank order, each with its share of samples at rank 1. */
export const optionCandidates = (ranking: Ranking, smaa: SmaaResult): Candidate[] =>
  ranking.ranking.map((o, i) => ({
    id: o.id,
    members: [o.id],
    key: o.id,
    name: o.name,
    rank: i + 1,
    score: o.score,
    contributions: o.contributions,
    firstPlace: smaa.options[i]?.ranks[0] ?? 0,
  }));

/**
 * Logging and monitoring: every candidate pipeline, best first, each with its share of samples
 * at rank 1 among the pipelines (same samples and seed as the options). Undefined elsewhere.
 */
export function pipelineCandidates(
  kb: Knowledge,
  profile: Profile,
  ranking: Ranking,
  samples: number,
  seed: number,
): Candidate[] | undefined {
  const pipelines = buildPipelines(kb, profile, ranking);
  if (!pipelines) return undefined;
  const shares = pipelineAcceptability(kb, profile, ranking, samples, seed);
  return pipelines.map((p, i) => ({
    id: p.members[0]?.option.id ?? ('' as OptionId),
    members: p.members.map((m) => m.option.id),
    key: pipelineKey(p),
    name: p.members.map((m) => m.option.name).join(' + '),
    rank: i + 1,
    score: p.score,
    contributions: p.values.map((v) => v.contribution),
    firstPlace: shares?.get(pipelineKey(p)) ?? 0,
  }));
}

const solutions = (kb: Knowledge, ids: readonly OptionId[]): Solution[] =>
  ids.flatMap((id) => kb.optionById.get(id) ?? []);

/** What a layer's choice is made among: its options, or its pipelines, and how sure each is. */
export interface Layer {
  ranking: Ranking;
  candidates: readonly Candidate[];
  confidenceOf: (candidate: Candidate) => ChoiceConfidence | undefined;
}

/** A layer's options with their sampled ranks, or — for logging and monitoring — its pipelines. */
export const layerOf = (
  ranking: Ranking,
  smaa: SmaaResult,
  options: readonly Candidate[],
  pipelines: readonly Candidate[] | undefined,
): Layer =>
  pipelines
    ? {
        ranking,
        candidates: pipelines,
        confidenceOf: (c) => ({ kind: 'pipeline', firstPlace: c.firstPlace }),
      }
    : {
        ranking,
        candidates: options,
        confidenceOf: (c) => {
          const accepted = smaa.options[c.rank - 1];
          return accepted && { kind: 'option', ranks: accepted.ranks, range: accepted.range };
        },
      };

/**
 * The layer's chosen option or pipeline: the stack's pick when it holds the team's choice (the
 * stack is composed around the choices), else the best candidate holding the choice, else — for a
 * component that completes no pipeline — the choice alone, which no sample ranks.
 */
export function chooseCandidate(
  kb: Knowledge,
  { ranking, candidates, confidenceOf }: Layer,
  pick: StackPick | undefined,
  choice: OptionId | undefined,
): ChosenOption | undefined {
  const held = pick && (!choice || pick.members.some((m) => m.option.id === choice));
  const picked = held ? candidates.find((c) => c.key === pipelineKey(pick)) : undefined;
  const found = picked ?? (choice ? candidates.find((c) => c.members.includes(choice)) : undefined);
  const origin = choice ? 'choice' : 'stack';
  if (found) {
    const [option, ...rest] = solutions(kb, found.members);
    return (
      option && {
        option,
        members: [option, ...rest],
        key: found.key,
        origin,
        score: found.score,
        rank: found.rank,
        confidence: confidenceOf(found),
      }
    );
  }
  const own = ranking.ranking.find((o) => o.id === choice);
  const option = own && kb.optionById.get(own.id);
  return own && option
    ? {
        option,
        members: [option],
        key: own.id,
        origin,
        score: own.score,
        rank: undefined,
        confidence: undefined,
      }
    : undefined;
}
