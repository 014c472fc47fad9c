import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CategoryId, Profile } from '@/domain/schemas';
import { rank, type Ranking } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { useKnowledge } from './knowledge';

/** The user's profile in the public v1 format, assembled from the store. */
export function useProfile(): Profile {
  const { environment, weights, mustHave } = useAppStore(
    useShallow((s) => ({ environment: s.environment, weights: s.weights, mustHave: s.mustHave })),
  );
  return useMemo(() => ({ version: 1, environment, weights, mustHave }), [environment, weights, mustHave]);
}

/** The ranking for one category: derived from knowledge + profile, never stored. */
export function useRanking(category: CategoryId): Ranking {
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  return useMemo(() => rank(kb, profile, { category, method }), [kb, profile, category, method]);
}
