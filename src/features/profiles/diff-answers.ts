import type { Knowledge } from '@/domain/knowledge';
import type { CategoryId, CriterionId, Environment, EnvironmentKey, Profile } from '@/domain/schemas';
import type { Method } from '@/domain/scoring';

/** One answer on which the two profiles differ; `undefined` is "unknown" or "not set". */
export type AnswerDiff =
  | {
      kind: 'environment';
      key: EnvironmentKey;
      mine: Environment[EnvironmentKey];
      other: Environment[EnvironmentKey];
    }
  | { kind: 'weight'; criterion: CriterionId; mine: number; other: number }
  | { kind: 'mustHave'; criterion: CriterionId; mine: boolean; other: boolean }
  | { kind: 'method'; mine: Method; other: Method }
  | { kind: 'includeUnmaintained'; mine: boolean; other: boolean }
  | { kind: 'choice'; category: CategoryId; mine: string | undefined; other: string | undefined };

export interface Side {
  profile: Profile;
  method: Method;
}

/**
 * Every answer on which two profiles differ, in the questionnaire's order: environment facts,
 * then weights and must-haves in criteria order, the method, archived projects and choices.
 */
export function diffAnswers(kb: Knowledge, mine: Side, other: Side): AnswerDiff[] {
  const a = mine.profile;
  const b = other.profile;
  const out: AnswerDiff[] = [];
  for (const { key } of kb.environment.questions) {
    if (a.environment[key] !== b.environment[key])
      out.push({ kind: 'environment', key, mine: a.environment[key], other: b.environment[key] });
  }
  for (const { id } of kb.criteria) {
    const [wa, wb] = [a.weights[id] ?? 0, b.weights[id] ?? 0];
    if (wa !== wb) out.push({ kind: 'weight', criterion: id, mine: wa, other: wb });
  }
  for (const { id } of kb.criteria) {
    const [ma, mb] = [a.mustHave.includes(id), b.mustHave.includes(id)];
    if (ma !== mb) out.push({ kind: 'mustHave', criterion: id, mine: ma, other: mb });
  }
  if (mine.method !== other.method) out.push({ kind: 'method', mine: mine.method, other: other.method });
  const [ua, ub] = [a.includeUnmaintained ?? false, b.includeUnmaintained ?? false];
  if (ua !== ub) out.push({ kind: 'includeUnmaintained', mine: ua, other: ub });
  for (const { id } of kb.categories) {
    const [ca, cb] = [a.choices?.[id], b.choices?.[id]];
    if (ca !== cb) out.push({ kind: 'choice', category: id, mine: ca, other: cb });
  }
  return out;
}
