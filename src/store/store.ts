import type * as z from 'zod';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { formatIssues } from '@/domain/profile';
import { createComparisonSlice, type ComparisonSlice } from './comparison-slice';
import { createDecisionSlice, type DecisionSlice } from './decision-slice';
import { createOtherProfileSlice, type OtherProfileSlice } from './other-profile-slice';
import {
  migrate,
  persistedStateSchema,
  STORAGE_KEY,
  STORAGE_VERSION,
  type PersistedState,
} from './persisted-state';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = ProfileSlice & ComparisonSlice & UiSlice & OtherProfileSlice & DecisionSlice;

/** A stored state that fails validation is kept under this key for the user, never silently dropped. */
export const CORRUPT_KEY = `${STORAGE_KEY}:set-aside`;

function setAside(raw: unknown, problems: string[]): void {
  try {
    localStorage.setItem(
      CORRUPT_KEY,
      JSON.stringify({ savedAt: new Date().toISOString(), problems, state: raw }),
    );
  } catch {
    // Storage full or unavailable: the notice below still tells the user.
  }
}

export const useAppStore = create<AppState>()(
  persist(
    (...a) => ({
      ...createProfileSlice(...a),
      ...createComparisonSlice(...a),
      ...createUiSlice(...a),
      ...createOtherProfileSlice(...a),
      ...createDecisionSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      migrate: (state, version) => migrate(state, version) as AppState,
      partialize: (s): PersistedState => ({
        environment: s.environment,
        weights: s.weights,
        mustHave: s.mustHave,
        includeUnmaintained: s.includeUnmaintained,
        choices: s.choices,
        method: s.method,
        compared: s.compared,
        language: s.language,
        theme: s.theme,
        rationales: s.rationales,
        recordStatus: s.recordStatus,
        supersededBy: s.supersededBy,
      }),
      // Rehydrated state is validated; a corrupt one is set aside with a notice and defaults stay.
      merge: (persisted, current) => {
        if (persisted === undefined || persisted === null) return current;
        const result = persistedStateSchema.safeParse(persisted);
        if (result.success) return { ...current, ...result.data };
        const problems = formatIssues(result.error as z.ZodError, persisted);
        setAside(persisted, problems);
        return { ...current, notice: { kind: 'error', key: 'storedStateSetAside', details: problems } };
      },
    },
  ),
);
