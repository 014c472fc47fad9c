import { useMemo } from 'react';
import type { CategoryId, OptionId } from '@/domain/schemas';
import { composeStack, type PinRefusal, type Stack } from '@/domain/stack';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';

export interface StackState {
  stack: Stack | undefined;
  /** Set when the team's choices cannot all hold; the stack is then computed without them. */
  refusal: PinRefusal | undefined;
}

/** The stack for the profile, the team's choices pinned; derived, never stored. */
export function useStack(): StackState {
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const choices = useAppStore((s) => s.choices);
  return useMemo(() => {
    const pins = choices as Partial<Record<CategoryId, OptionId>>;
    const chosen = composeStack(kb, profile, method, pins);
    if (chosen.ok) return { stack: chosen.stack, refusal: undefined };
    const free = composeStack(kb, profile, method);
    return { stack: free.ok ? free.stack : undefined, refusal: chosen.refusal };
  }, [kb, profile, method, choices]);
}
