import type { StateCreator } from 'zustand';
import type { AppState } from './store';

export const MAX_COMPARED = 4;

export interface ComparisonSlice {
  /** Option ids picked for side-by-side comparison, at most four. */
  compared: string[];
  toggleCompared: (id: string) => void;
  setCompared: (ids: string[]) => void;
}

export const createComparisonSlice: StateCreator<AppState, [], [], ComparisonSlice> = (set) => ({
  compared: [],
  toggleCompared: (id) =>
    set((state) => ({
      compared: state.compared.includes(id)
        ? state.compared.filter((x) => x !== id)
        : [...state.compared, id].slice(-MAX_COMPARED),
    })),
  setCompared: (ids) => set({ compared: [...new Set(ids)].slice(0, MAX_COMPARED) }),
});
