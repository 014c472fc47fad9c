import type { Knowledge } from '../knowledge';
import type { CategoryId, Criterion, CriterionId, Solution } from '../schemas';
import type { Assumption, ExcludedOption, WeightedCriterion } from '../scoring';
import type { Conflict } from '../stack';
import type { CategoryDecision, ConsideredOption, DecisionData } from './decision-data';
import { recordOverlay, type RecordOverlay } from './record-overlay';
import type { Rationales, RecordStatus } from './record-state';

/** What the team sets on a record besides its words: coverage, status and rationales. */
export interface RecordSettings {
  /** The categories to cover; every category the stack fills when absent. */
  categories?: readonly CategoryId[];
  status?: RecordStatus;
  /** What replaces this record, when its status is "superseded". */
  supersededBy?: string;
  /** The team's reasons per category, in their own words. */
  rationales?: Rationales;
}

/** A criterion's share of a row's score. */
export interface Contribution {
  criterion: CriterionId;
  value: number;
}

/** One row of a layer's comparison: an option, or a pipeline for logging and monitoring. */
export interface RecordRow extends ConsideredOption {
  chosen: boolean;
  /** The three largest contributions, largest first. */
  top: Contribution[];
}

/** Where the chosen option stands: its place among the layer's options or pipelines. */
export interface RecordPlace {
  rank: number;
  of: number;
  among: 'options' | 'pipelines';
}

/** How sure the choice is, as the record states it; undefined when no sample ranks it. */
export type RecordConfidence =
  | { kind: 'option'; first: number; topThree: number; range: [number, number] }
  | { kind: 'pipeline'; first: number };

export interface RecordLayer {
  decision: CategoryDecision;
  /** The criteria by weight, heaviest first; undefined when none is weighted (all count equally). */
  weights: WeightedCriterion[] | undefined;
  /** The category's criteria the profile makes must-haves, with the level that satisfies them. */
  mustHave: Criterion[];
  /** The candidate pipelines for logging and monitoring, the options elsewhere; best first. */
  rows: RecordRow[];
  /** Undefined for a component that completes no pipeline. */
  place: RecordPlace | undefined;
  confidence: RecordConfidence | undefined;
  /** The team's reason, trimmed; undefined when none is given. */
  rationale: string | undefined;
  /** Each chosen member's maintenance state as of when, with its source. */
  lifecycle: { option: Solution; status: Solution['status'] }[];
  excluded: ExcludedOption[];
  assumptions: Assumption[];
}

/** A decision record's content without its words: what each covered layer states, and why. */
export interface RecordContent {
  data: DecisionData;
  status: RecordStatus;
  /** Set only for a superseded record that names its replacement. */
  supersededBy: string | undefined;
  layers: RecordLayer[];
  /** The compatibility rules that touch a chosen option of a covered layer. */
  conflicts: Conflict[];
  /** The team overlay merged into the knowledge, with what it set here; undefined without one. */
  overlay: RecordOverlay | undefined;
}

const topContributions = (d: CategoryDecision, o: ConsideredOption): Contribution[] =>
  d.ranking.criteria
    .map((c, j) => ({ criterion: c.criterion, value: o.contributions[j] ?? 0 }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 3);

function placeOf(d: CategoryDecision): RecordPlace | undefined {
  const rank = d.chosen?.rank;
  if (rank === undefined) return undefined;
  return d.pipelines
    ? { rank, of: d.pipelines.length, among: 'pipelines' }
    : { rank, of: d.considered.length, among: 'options' };
}

function confidenceOf(d: CategoryDecision): RecordConfidence | undefined {
  const c = d.chosen?.confidence;
  if (!c) return undefined;
  if (c.kind === 'pipeline') return { kind: 'pipeline', first: c.firstPlace };
  return {
    kind: 'option',
    first: c.ranks[0] ?? 0,
    topThree: c.ranks.reduce((sum, share) => sum + share, 0),
    range: c.range,
  };
}

function layerOf(
  kb: Knowledge,
  data: DecisionData,
  d: CategoryDecision,
  rationales: Rationales,
): RecordLayer {
  const { category, ranking, chosen } = d;
  const equal = ranking.assumptions.some((a) => a.kind === 'equalWeights');
  const mustHave = data.profile.mustHave;
  return {
    decision: d,
    weights: equal ? undefined : [...ranking.criteria].sort((a, b) => b.weight - a.weight),
    mustHave: (kb.criteriaByCategory.get(category) ?? []).filter((c) => mustHave.includes(c.id)),
    rows: (d.pipelines ?? d.considered).map((o) => ({
      ...o,
      chosen: o.key === chosen?.key,
      top: topContributions(d, o),
    })),
    place: placeOf(d),
    confidence: confidenceOf(d),
    rationale: rationales[category]?.trim() || undefined,
    lifecycle: (chosen?.members ?? []).map((option) => ({ option, status: option.status })),
    excluded: ranking.excluded,
    assumptions: ranking.assumptions,
  };
}

/**
 * The record of a decision as the team sets it: the covered layers in knowledge-base order, each
 * with its drivers, compared rows, choice, confidence, rationale, lifecycle, exclusions and
 * assumptions; the status; the compatibility rules that bear on the choices; the team overlay
 * the knowledge carries, if any, and which of the record's facts it set.
 */
export function recordContent(
  kb: Knowledge,
  data: DecisionData,
  settings: RecordSettings = {},
): RecordContent {
  const wanted = settings.categories ?? data.stackCategories;
  const decisions = data.categories.filter((d) => wanted.includes(d.category));
  const status = settings.status ?? 'proposed';
  const by = settings.supersededBy?.trim();
  const included = new Set(decisions.flatMap((d) => d.chosen?.members.map((m) => m.id as string) ?? []));
  return {
    data,
    status,
    supersededBy: status === 'superseded' && by ? by : undefined,
    layers: decisions.map((d) => layerOf(kb, data, d, settings.rationales ?? {})),
    conflicts: data.conflicts.filter((c) => c.ids.some((id) => included.has(id))),
    overlay: recordOverlay(kb, data.profile.environment, decisions),
  };
}
