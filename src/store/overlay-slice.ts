import type { StateCreator } from 'zustand';
import type { StoredOverlay } from './overlay-storage';
import type { AppState } from './store';

/** The team's overlay file as the user loaded it; whether it applies is derived, never stored. */
export interface OverlaySlice {
  overlay: StoredOverlay | undefined;
  /** Takes a checked overlay file, switched on; it replaces the one held before. */
  setOverlay: (overlay: { fileName: string; text: string }) => void;
  setOverlayEnabled: (enabled: boolean) => void;
  removeOverlay: () => void;
}

export const createOverlaySlice: StateCreator<AppState, [], [], OverlaySlice> = (set) => ({
  overlay: undefined,
  setOverlay: ({ fileName, text }) => set({ overlay: { fileName, text, enabled: true } }),
  setOverlayEnabled: (enabled) =>
    set((state) => (state.overlay ? { overlay: { ...state.overlay, enabled } } : {})),
  removeOverlay: () => set({ overlay: undefined }),
});
