import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { CategoryId, Profile } from '@/domain/schemas';
import { rank, type Ranking } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { useKnowledge } from './knowledge-context';

/** The user's profile in the public format, assembled from the store; v1.1 keys only when set. */
export function useProfile(): Profile {
  const { environment, weights, mustHave, includeUnmaintained, choices } = useAppStore(
    useShallow((s) => ({
      environment: s.environment,
      weights: s.weights,
      mustHave: s.mustHave,
      includeUnmaintained: s.includeUnmaintained,
      choices: s.choices,
    })),
  );
  return useMemo(
    () => ({
      version: 1,
      environment,
      weights,
      mustHave,
      ...(includeUnmaintained && { includeUnmaintained }),
      ...(Object.keys(choices).length > 0 && { choices }),
    }),
    [environment, weights, mustHave, includeUnmaintained, choices],
  );
}

/** The ranking for one category: derived from knowledge + profile, never stored. */
export function useRanking(category: CategoryId): Ranking {
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  return useMemo(() => rank(kb, profile, { category, method }), [kb, profile, category, method]);
}
