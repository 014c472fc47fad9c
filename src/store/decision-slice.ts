import type { StateCreator } from 'zustand';
import {
  MAX_RATIONALE,
  MAX_SUPERSEDED_BY,
  type Rationales,
  type RecordStatus,
} from '@/domain/decision/record-state';
import type { CategoryId } from '@/domain/schemas';
import type { AppState } from './store';

export interface DecisionSlice {
  /** The team's reasons per category, in their own words, for the decision record. */
  rationales: Rationales;
  recordStatus: RecordStatus;
  /** What replaces the record when it is superseded (an ADR id, a title, a URL). */
  supersededBy: string | undefined;
  /** Sets one category's rationale; an empty text removes it. Longer texts are cut at the limit. */
  setRationale: (category: CategoryId, text: string) => void;
  setRecordStatus: (status: RecordStatus) => void;
  setSupersededBy: (text: string) => void;
}

export const createDecisionSlice: StateCreator<AppState, [], [], DecisionSlice> = (set) => ({
  rationales: {},
  recordStatus: 'proposed',
  supersededBy: undefined,
  setRationale: (category, text) =>
    set((state) => {
      const rationales: Rationales = Object.fromEntries(
        Object.entries(state.rationales).filter(([c]) => c !== category),
      );
      if (text !== '') rationales[category] = text.slice(0, MAX_RATIONALE);
      return { rationales };
    }),
  setRecordStatus: (recordStatus) => set({ recordStatus }),
  setSupersededBy: (text) =>
    set({ supersededBy: text === '' ? undefined : text.slice(0, MAX_SUPERSEDED_BY) }),
});
