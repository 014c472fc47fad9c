import { useMemo } from 'react';
import type { Knowledge } from '@/domain/knowledge';
import type { CategoryId, OptionId, Profile } from '@/domain/schemas';
import { rank, type Method, type Ranking } from '@/domain/scoring';
import { composeStack, type Stack } from '@/domain/stack';
import { useAppStore, type OtherProfile } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { diffAnswers, type AnswerDiff } from './diff-answers';

export interface PairSide {
  profile: Profile;
  method: Method;
  rankings: ReadonlyMap<CategoryId, Ranking>;
  stack: Stack | undefined;
  /** False when the profile's choices cannot all hold: its stack is then composed without them. */
  choicesHeld: boolean;
}

export interface Pair {
  mine: PairSide;
  other: PairSide;
  answers: AnswerDiff[];
}

function side(kb: Knowledge, profile: Profile, method: Method): PairSide {
  const rankings = new Map(kb.categories.map((c) => [c.id, rank(kb, profile, { category: c.id, method })]));
  const pins = (profile.choices ?? {}) as Partial<Record<CategoryId, OptionId>>;
  const chosen = composeStack(kb, profile, method, pins);
  if (chosen.ok) return { profile, method, rankings, stack: chosen.stack, choicesHeld: true };
  const free = composeStack(kb, profile, method);
  return { profile, method, rankings, stack: free.ok ? free.stack : undefined, choicesHeld: false };
}

/**
 * The user's profile and the other one, each ranked and composed into a stack, and where their
 * answers differ; derived, never stored. A profile file carries no method: it is ranked with yours.
 */
export function usePair(other: OtherProfile): Pair {
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const mine = useMemo(() => side(kb, profile, method), [kb, profile, method]);
  const theirs = useMemo(
    () => side(kb, other.profile, other.method ?? method),
    [kb, other.profile, other.method, method],
  );
  const answers = useMemo(() => diffAnswers(kb, mine, theirs), [kb, mine, theirs]);
  return { mine, other: theirs, answers };
}
