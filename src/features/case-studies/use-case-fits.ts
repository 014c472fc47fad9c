import { useMemo } from 'react';
import { caseFits, type CaseFit } from '@/domain/stack/case-fit';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/ui';

/** Every study's fit for the current profile and method; derived, never stored. */
export function useCaseFits(): ReadonlyMap<string, CaseFit> {
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  return useMemo(() => caseFits(kb, profile, method), [kb, profile, method]);
}

/** Whether the user has given any criterion a weight (then "closest to your profile" leads). */
export const useHasWeights = (): boolean =>
  useAppStore((s) => Object.values(s.weights).some((w) => (w ?? 0) > 0));
