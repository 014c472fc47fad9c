import type { Knowledge } from '../knowledge';
import type { CategoryId, OptionId, Profile, Solution, SourcedText } from '../schemas';
import { matchTruth, rank, type ExclusionReason, type Method, type Ranking } from '../scoring';
import { DEFAULT_SEED, rankAcceptability } from '../sensitivity';
import {
  composeStack,
  type Conflict,
  type PinRefusal,
  type Pins,
  type Stack,
  type StackPick,
} from '../stack';

/** Samples per category for the record's confidence: enough for whole percents, fast on every edit. */
export const RECORD_SAMPLES = 1000;

/** Where a category's chosen option comes from: the team's recorded choice or the stack's pick. */
export type ChoiceOrigin = 'choice' | 'stack';

export interface ConsideredOption {
  id: OptionId;
  name: string;
  /** 1-based place in the category's ranking. */
  rank: number;
  score: number;
  /** Its score minus the chosen option's score. */
  delta: number;
  /** Share of samples in which it comes first. */
  firstPlace: number;
}

export interface ChosenOption {
  /** The option, or the lead member of a pipeline. */
  option: Solution;
  /** What the layer puts in the stack, lead first: the option alone, or a pipeline's members. */
  members: Solution[];
  origin: ChoiceOrigin;
  /** The option's score in its category, or the pipeline's. */
  score: number;
  /** 1-based place in the category's ranking when one option fills the layer. */
  rank: number | undefined;
  /** How often the (lead) option takes rank 1, 2, 3 over the samples. */
  ranks: number[];
  /** 5th–95th percentile of its score over the samples. */
  range: [number, number];
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
  /** Every feasible option, in rank order, the chosen one included. */
  considered: ConsideredOption[];
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

/** The layer's chosen options: the stack's pick, or the team's choice when the stack could not hold it. */
function chosenMembers(
  kb: Knowledge,
  ranking: Ranking,
  pick: StackPick | undefined,
  choice: OptionId | undefined,
): Pick<ChosenOption, 'members' | 'origin' | 'score'> | undefined {
  const held = pick && (!choice || pick.members.some((m) => m.option.id === choice));
  if (pick && held) {
    const members = pick.members.length > 0 ? pick.members.map((m) => m.option) : [pick.option];
    return { members, origin: choice ? 'choice' : 'stack', score: pick.score };
  }
  const own = ranking.ranking.find((o) => o.id === choice);
  const option = own && kb.optionById.get(own.id);
  return own && option ? { members: [option], origin: 'choice', score: own.score } : undefined;
}

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
  const found = chosenMembers(kb, ranking, pick, feasibleChoice);
  const smaa = rankAcceptability(ranking, samples, seed);
  const considered = ranking.ranking.map((o, i): ConsideredOption => ({
    id: o.id,
    name: o.name,
    rank: i + 1,
    score: o.score,
    delta: o.score - (found?.score ?? 0),
    firstPlace: smaa.options[i]?.ranks[0] ?? 0,
  }));
  const lead = found?.members[0];
  const index = considered.findIndex((o) => o.id === lead?.id);
  const accepted = smaa.options[index];
  const chosen: ChosenOption | undefined =
    found && lead && accepted
      ? {
          ...found,
          option: lead,
          rank: found.members.length === 1 ? index + 1 : undefined,
          ranks: accepted.ranks,
          range: accepted.range,
        }
      : undefined;
  const refusedChoice =
    choice !== undefined && feasibleChoice === undefined
      ? { id: choice, reasons: ranking.excluded.find((e) => e.id === choice)?.reasons ?? [] }
      : undefined;
  return {
    category,
    ranking,
    chosen,
    considered,
    refusedChoice,
    pros: chosen ? holding(chosen.members, 'pros', profile) : [],
    cons: chosen ? holding(chosen.members, 'cons', profile) : [],
  };
}

/**
 * The whole-stack decision: per category the team's choice (else the stack's pick, re-optimised
 * around the choices), every feasible option with its score and its distance to the choice, and
 * how often the choice comes first under plausible weights and values (seeded: same input, same
 * answer).
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
