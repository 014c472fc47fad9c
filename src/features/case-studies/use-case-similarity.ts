import { useMemo } from 'react';
import { orderCases, type CaseSimilarity } from '@/domain/cases';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';

/** Every study's similarity to the current profile, keyed by id; derived, never stored. */
export function useCaseSimilarities(): ReadonlyMap<string, CaseSimilarity> {
  const { kb } = useKnowledge();
  const profile = useProfile();
  return useMemo(() => new Map(orderCases(kb, profile).map((s) => [s.id, s])), [kb, profile]);
}

/** Whether the profile states anything to compare (then "closest to your situation" leads). */
export const useHasProfile = (): boolean =>
  useAppStore(
    (s) =>
      Object.values(s.environment).some((v) => v !== undefined) ||
      Object.values(s.weights).some((w) => (w ?? 0) > 0) ||
      s.mustHave.length > 0,
  );
