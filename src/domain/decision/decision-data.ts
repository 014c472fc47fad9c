import type { Knowledge } from '../knowledge';
import type { CategoryId, OptionId, Profile, Solution, SourcedText } from '../schemas';
import { matchTruth, rank, type ExclusionReason, type Method, type Ranking } from '../scoring';
import { DEFAULT_SEED, rankAcceptability } from '../sensitivity';
import { composeStack, type Conflict, type PinRefusal, type Pins, type Stack } from '../stack';
import {
  chooseCandidate,
  layerOf,
  optionCandidates,
  pipelineCandidates,
  type Candidate,
} from './layer-choice';

/** Samples per category for the record's confidence: enough for whole percents, fast on every edit. */
export const RECORD_SAMPLES = 1000;

/** Where a category's chosen option comes from: the team's recorded choice or the stack's pick. */
export type ChoiceOrigin = 'choice' | 'stack';

export interface ConsideredOption {
  /** The option, or a pipeline's lead member. */
  id: OptionId;
  /** The option alone, or a pipeline's members, lead first. */
  members: OptionId[];
  /** The members' ids joined by "+": unique among a layer's considered options. */
  key: string;
  /** The option's name, or the members' names joined by " + ". */
  name: string;
  /** 1-based place among the layer's options (or pipelines). */
  rank: number;
  score: number;
  /** Per weighted criterion, in the ranking's order. */
  contributions: readonly number[];
  /** Its score minus the chosen option's (or pipeline's) score. */
  delta: number;
  /** Share of samples in which it comes first among its kind. */
  firstPlace: number;
}

/**
 * How sure a choice is over the samples: an option's share at rank 1, 2, 3 and the 5th–95th
 * percentile of its score; a pipeline's share at rank 1 among the layer's pipelines.
 */
export type ChoiceConfidence =
  { kind: 'option'; ranks: number[]; range: [number, number] } | { kind: 'pipeline'; firstPlace: number };

export interface ChosenOption {
  /** The option, or the lead member of a pipeline. */
  option: Solution;
  /** What the layer puts in the stack, lead first: the option alone, or a pipeline's members. */
  members: Solution[];
  /** The members' ids joined by "+": the key of its row among the considered. */
  key: string;
  origin: ChoiceOrigin;
  /** The option's score in its category, or the pipeline's. */
  score: number;
  /** 1-based place among the layer's options (or pipelines); undefined when it is none of them. */
  rank: number | undefined;
  /** Undefined for a component that completes no pipeline: no sample ranks it. */
  confidence: ChoiceConfidence | undefined;
}

/** A pro or con and the option it belongs to. */
export interface SourcedItem {
  option: Solution;
  item: SourcedText;
}

export interface CategoryDecision {
  category: CategoryId;
  ranking: Ranking;
  /** Undefined when no option of the category is feasible. */
  chosen: ChosenOption | undefined;
  /** Every feasible option, in rank order, the chosen one included: what the team can choose. */
  considered: ConsideredOption[];
  /**
   * Logging and monitoring: every candidate pipeline, best first, the chosen one included; what
   * the layer's options are weighed as. Undefined for the other categories.
   */
  pipelines: ConsideredOption[] | undefined;
  /** The team's choice when it cannot be used here, with the engine's reasons. */
  refusedChoice: { id: string; reasons: ExclusionReason[] } | undefined;
  /** The chosen options' pros and cons that hold in this environment. */
  pros: SourcedItem[];
  cons: SourcedItem[];
}

/** Everything a decision record states, derived from knowledge + profile; no translated text. */
export interface DecisionData {
  profile: Profile;
  method: Method;
  samples: number;
  seed: number;
  /** In knowledge-base order. */
  categories: CategoryDecision[];
  /** The categories the stack fills: what a record covers unless told otherwise. */
  stackCategories: CategoryId[];
  /** Rules that kept a category's #1 out of the stack. */
  conflicts: Conflict[];
  /** Set when the team's choices cannot stand together; the stack is then composed without them. */
  clash: PinRefusal | undefined;
}

export interface DecisionDataOptions {
  samples?: number;
  seed?: number;
}

// A pro that needs a fact this environment contradicts (e.g. BGP) would mislead a reviewer.
const holding = (options: readonly Solution[], of: 'pros' | 'cons', profile: Profile): SourcedItem[] =>
  options.flatMap((option) =>
    option[of]
      .filter((item) => !item.if || matchTruth(item.if, profile.environment) !== 'unmet')
      .map((item) => ({ option, item })),
  );

function decide(
  kb: Knowledge,
  profile: Profile,
  ranking: Ranking,
  stack: Stack | undefined,
  samples: number,
  seed: number,
): CategoryDecision {
  const { category } = ranking;
  const choice = profile.choices?.[category];
  const feasibleChoice = ranking.ranking.some((o) => o.id === choice) ? choice : undefined;
  const pick = stack?.picks.find((p) => p.category === category);
  const smaa = rankAcceptability(ranking, samples, seed);
  const options = optionCandidates(ranking, smaa);
  const pipelines = pipelineCandidates(kb, profile, ranking, samples, seed);
  const chosen = chooseCandidate(kb, layerOf(ranking, smaa, options, pipelines), pick, feasibleChoice);
  const measured = (candidates: readonly Candidate[]): ConsideredOption[] =>
    candidates.map((c) => ({ ...c, delta: c.score - (chosen?.score ?? 0) }));
  const refusedChoice =
    choice !== undefined && feasibleChoice === undefined
      ? { id: choice, reasons: ranking.excluded.find((e) => e.id === choice)?.reasons ?? [] }
      : undefined;
  return {
    category,
    ranking,
    chosen,
    considered: measured(options),
    pipelines: pipelines && measured(pipelines),
    refusedChoice,
    pros: chosen ? holding(chosen.members, 'pros', profile) : [],
    cons: chosen ? holding(chosen.members, 'cons', profile) : [],
  };
}

/**
 * The whole-stack decision: per category the team's choice (else the stack's pick, re-optimised
 * around the choices), every feasible option — for logging and monitoring every candidate
 * pipeline — with its score and its distance to the choice, and how often the choice comes first
 * under plausible weights and values (seeded: same input, same answer).
 */
export function decisionData(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  { samples = RECORD_SAMPLES, seed = DEFAULT_SEED }: DecisionDataOptions = {},
): DecisionData {
  const rankings = kb.categories.map((c) => rank(kb, profile, { category: c.id, method }));
  // Choices the engine excludes are reported per category; the others are pinned.
  const pins: Pins = {};
  for (const r of rankings) {
    const choice = profile.choices?.[r.category];
    if (choice && r.ranking.some((o) => o.id === choice)) pins[r.category] = choice;
  }
  const pinned = composeStack(kb, profile, method, pins);
  const outcome = pinned.ok ? pinned : composeStack(kb, profile, method);
  const stack = outcome.ok ? outcome.stack : undefined;
  return {
    profile,
    method,
    samples,
    seed,
    categories: rankings.map((r) => decide(kb, profile, r, stack, samples, seed)),
    stackCategories: kb.categories
      .map((c) => c.id)
      .filter((id) => stack?.picks.some((p) => p.category === id)),
    conflicts: stack?.conflicts ?? [],
    clash: pinned.ok ? undefined : pinned.refusal,
  };
}
