import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Knowledge } from '@/domain/knowledge';
import { createComparisonSlice, type ComparisonSlice } from './comparison-slice';
import { createDecisionSlice, type DecisionSlice } from './decision-slice';
import { createOtherProfileSlice, type OtherProfileSlice } from './other-profile-slice';
import { createOverlaySlice, type OverlaySlice } from './overlay-slice';
import { connectOverlayStorage } from './overlay-storage';
import { STORAGE_KEY, STORAGE_VERSION, type PersistedState } from './persisted-state';
import { createProfileSlice, type ProfileSlice } from './profile-slice';
import { SafeStorage } from './safe-storage';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AppState = ProfileSlice &
  ComparisonSlice &
  UiSlice &
  OtherProfileSlice &
  DecisionSlice &
  OverlaySlice;

export { CORRUPT_KEY } from './set-aside';

/**
 * The user input that survives a reload under `STORAGE_KEY`; notices, held texts and the other
 * profile do not, and the overlay is kept under its own key (overlay-storage.ts).
 */
export const persistedOf = (s: AppState): PersistedState => ({
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
});

/**
 * A store persisted under `STORAGE_KEY`. The storage validates what it reads and merges other
 * tabs' writes (see safe-storage.ts); `storage` is returned for the knowledge check and to stop
 * listening.
 */
export function createAppStore(area?: () => Storage) {
  const storage = new SafeStorage(area);
  const useStore = create<AppState>()(
    persist(
      (...a) => ({
        ...createProfileSlice(...a),
        ...createComparisonSlice(...a),
        ...createUiSlice(...a),
        ...createOtherProfileSlice(...a),
        ...createDecisionSlice(...a),
        ...createOverlaySlice(...a),
      }),
      {
        name: STORAGE_KEY,
        // The storage reads every version it knows (migrating version 0) and refuses the others,
        // so what reaches `merge` is always current.
        version: STORAGE_VERSION,
        storage,
        partialize: persistedOf,
        merge: (_stored, current) => storage.merge(current),
        onRehydrateStorage: () => () => storage.rehydrated(),
      },
    ),
  );
  storage.connect(STORAGE_KEY, useStore, persistedOf);
  const stopOverlay = connectOverlayStorage(useStore, area ?? (() => window.localStorage));
  return { useStore, storage, stopOverlay };
}

const app = createAppStore();

export const useAppStore = app.useStore;

/**
 * Checks the ids of the stored state against the knowledge base (called by the app shell as the
 * knowledge arrives): unknown ones are left out and the stored text is set aside with a notice.
 */
export const checkStoredIds = (kb: Knowledge, complete: boolean): void => app.storage.checkIds(kb, complete);
