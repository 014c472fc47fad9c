import type { Knowledge } from '../knowledge';
import type { CaseStudy, CaseStudyId, CriterionId, Profile, SourceRef } from '../schemas';
import {
  factKeys,
  studyFacts,
  studyNeeds,
  studySize,
  type FactKey,
  type FactValue,
  type StudySize,
} from './situation';

/** Agreement at or above which a compared fact counts as shared rather than as a difference. */
export const sharedFrom = 0.5;
/** Orders of magnitude between your host count and the case's size at which agreement reaches 0. */
export const scaleSpan = 2;
/**
 * The score starts from a neutral `prior` counted as `priorWeight` facts, so one matching fact
 * does not outrank six of which five match. A fact the case does not state adds nothing to the
 * denominator: it neither helps nor hurts.
 */
export const prior = 0.5;
export const priorWeight = 1;
/**
 * How much a need counts that the company had and you give no weight: it is a difference, but a
 * company that states many needs should not sink below one that states none for it.
 */
export const unweightedNeedImportance = 0.25;
const epsilon = 1e-9;

/**
 * Near values of where the hosts run: private data centres and bare metal both run on hardware the
 * company controls (the questionnaire groups them), and a hybrid setup has a part on either side.
 */
const near: readonly (readonly [FactValue, FactValue])[] = [
  ['private', 'bare-metal'],
  ['hybrid', 'public'],
  ['hybrid', 'private'],
];
const nearAgreement = 0.5;

/** 1 when the case states the profile's value, ½ for a near value of where the hosts run, else 0. */
export function factAgreement(mine: FactValue, theirs: readonly FactValue[]): number {
  if (theirs.includes(mine)) return 1;
  const isNear = theirs.some((t) =>
    near.some(([a, b]) => (a === mine && b === t) || (a === t && b === mine)),
  );
  return isNear ? nearAgreement : 0;
}

/** A fact both the profile and the case state; agreement in [0, 1]. */
export type Point =
  | {
      kind: 'environment';
      key: FactKey;
      profile: FactValue;
      study: readonly FactValue[];
      agreement: number;
      source: SourceRef;
    }
  | {
      kind: 'need';
      criterion: CriterionId;
      weight: number;
      mustHave: boolean;
      agreement: number;
      /** How much the point counts in the mean; 1 for every other point. */
      importance: number;
      source: SourceRef;
    }
  | { kind: 'scale'; hosts: number; size: StudySize; agreement: number; source: SourceRef };

/** What the profile states and the case does not (not counted). */
export type Unstated =
  | { kind: 'environment'; key: FactKey; profile: FactValue }
  | { kind: 'need'; criterion: CriterionId; weight: number; mustHave: boolean }
  | { kind: 'scale'; hosts: number };

/** What the case states and the profile leaves unknown (not counted). */
export type Open =
  | { kind: 'environment'; key: FactKey; study: readonly FactValue[]; source: SourceRef }
  | { kind: 'need'; criterion: CriterionId; source: SourceRef }
  | { kind: 'scale'; size: StudySize; source: SourceRef };

export interface CaseSimilarity {
  id: CaseStudyId;
  /** In [0, 1]; undefined when no fact is stated on both sides. */
  score: number | undefined;
  /** How many facts both sides state. */
  compared: number;
  shared: Point[];
  differences: Point[];
  notStated: Unstated[];
  open: Open[];
}

const weightOf = (profile: Profile, id: CriterionId): number => profile.weights[id] ?? 0;

/** Whether the profile says anything about the criterion's categories (a weight or a must-have). */
function expressed(kb: Knowledge, profile: Profile, id: CriterionId): boolean {
  const categories = kb.criterionById.get(id)?.categories ?? [];
  return kb.criteria.some(
    (c) =>
      c.categories.some((cat) => categories.includes(cat)) &&
      (weightOf(profile, c.id) > 0 || profile.mustHave.includes(c.id)),
  );
}

/** 1 inside the case's host range, falling linearly to 0 at `scaleSpan` orders of magnitude away. */
export function scaleAgreement(hosts: number, size: StudySize): number {
  const distance =
    hosts < size.low ? Math.log10(size.low / hosts) : hosts > size.high ? Math.log10(hosts / size.high) : 0;
  return Math.max(0, 1 - distance / scaleSpan);
}

/** How similar the company's situation is to the profile's, with what is shared, what differs and what is unstated. */
export function caseSimilarity(kb: Knowledge, profile: Profile, study: CaseStudy): CaseSimilarity {
  const points: Point[] = [];
  const notStated: Unstated[] = [];
  const open: Open[] = [];

  const facts = studyFacts(kb, study);
  for (const key of factKeys) {
    const mine = profile.environment[key];
    const theirs = facts.find((f) => f.key === key);
    if (mine === undefined) {
      if (theirs) open.push({ kind: 'environment', key, study: theirs.values, source: theirs.source });
    } else if (!theirs) {
      notStated.push({ kind: 'environment', key, profile: mine });
    } else {
      const agreement = factAgreement(mine, theirs.values);
      points.push({
        kind: 'environment',
        key,
        profile: mine,
        study: theirs.values,
        agreement,
        source: theirs.source,
      });
    }
  }

  const needs = studyNeeds(study);
  for (const need of needs) {
    if (!expressed(kb, profile, need.criterion)) {
      open.push({ kind: 'need', ...need });
      continue;
    }
    const weight = weightOf(profile, need.criterion);
    const mustHave = profile.mustHave.includes(need.criterion);
    points.push({
      kind: 'need',
      ...need,
      weight,
      mustHave,
      agreement: mustHave ? 1 : weight / 5,
      importance: mustHave || weight > 0 ? 1 : unweightedNeedImportance,
    });
  }
  for (const c of kb.criteria) {
    const weight = weightOf(profile, c.id);
    const mustHave = profile.mustHave.includes(c.id);
    if ((mustHave || weight >= 5) && !needs.some((n) => n.criterion === c.id))
      notStated.push({ kind: 'need', criterion: c.id, weight, mustHave });
  }

  const size = studySize(study);
  const hosts = profile.environment.hosts;
  if (hosts === undefined) {
    if (size) open.push({ kind: 'scale', size, source: size.figure.source });
  } else if (!size) {
    notStated.push({ kind: 'scale', hosts });
  } else {
    points.push({
      kind: 'scale',
      hosts,
      size,
      agreement: scaleAgreement(hosts, size),
      source: size.figure.source,
    });
  }

  const importance = (p: Point): number => (p.kind === 'need' ? p.importance : 1);
  const total = points.reduce((sum, p) => sum + importance(p) * p.agreement, 0);
  const counted = points.reduce((sum, p) => sum + importance(p), 0);
  return {
    id: study.id,
    score: points.length === 0 ? undefined : (total + prior * priorWeight) / (counted + priorWeight),
    compared: points.length,
    shared: points.filter((p) => p.agreement >= sharedFrom),
    differences: points.filter((p) => p.agreement < sharedFrom),
    notStated,
    open,
  };
}

/** Most similar first; cases with nothing to compare last; equal scores by id. */
export function compareSimilarity(a: CaseSimilarity, b: CaseSimilarity): number {
  const x = a.score ?? -1;
  const y = b.score ?? -1;
  if (Math.abs(x - y) > epsilon) return y - x;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Every study's similarity to the profile, most similar first. */
export function orderCases(
  kb: Knowledge,
  profile: Profile,
  studies: readonly CaseStudy[] = kb.caseStudies,
): CaseSimilarity[] {
  return studies.map((s) => caseSimilarity(kb, profile, s)).sort(compareSimilarity);
}
