import type { StateCreator } from 'zustand';
import type { Language } from '@/domain/schemas';
import type { AppState } from './store';

export type Theme = 'light' | 'dark' | 'system';

/** Why the browser's storage refused a write. */
export type StorageFailure = 'quota' | 'unavailable';

/** At most this many problems are listed in a notice; the notice says how many there were in all. */
export const MAX_NOTICE_DETAILS = 20;

export interface Notice {
  kind: 'info' | 'error';
  /** Message key understood by the app shell, plus details to show verbatim. */
  key:
    | 'storedStateSetAside'
    | 'storedIdsSetAside'
    | 'otherTabSetAside'
    | 'otherTabApplied'
    | 'storageWriteFailed'
    | 'storageWriteRecovered'
    | 'shareLinkInvalid'
    | 'shareLinkLoaded'
    | 'storedOverlayUnreadable';
  /** Distinct problems, at most `MAX_NOTICE_DETAILS` of them (`showNotice` cuts a longer list). */
  details: string[];
  /** How many distinct problems there were; more than `details.length` when the list was cut. */
  total?: number;
  /** Why a write failed (`storageWriteFailed`). */
  failure?: StorageFailure;
}

/**
 * Stored text that could not be read and of which no copy could be kept in the browser: held in
 * memory so that the user can download it, and never overwritten in storage until they dismiss it.
 */
export interface HeldText {
  id: number;
  text: string;
  failure: StorageFailure;
  details: string[];
  total: number;
}

export interface UiSlice {
  language: Language;
  theme: Theme;
  notice: Notice | undefined;
  heldTexts: HeldText[];
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  holdText: (held: Omit<HeldText, 'id'>) => void;
  releaseHeldText: (id: number) => void;
}

/** Problems without repeats and at most `MAX_NOTICE_DETAILS` of them, in one pass. */
export function summarizeProblems(problems: Iterable<string>): { details: string[]; total: number } {
  const unique = new Set(problems);
  const details: string[] = [];
  for (const problem of unique) {
    if (details.length === MAX_NOTICE_DETAILS) break;
    details.push(problem);
  }
  return { details, total: unique.size };
}

function initialLanguage(): Language {
  const nav = typeof navigator === 'undefined' ? 'en' : navigator.language.toLowerCase();
  return nav.startsWith('zh') ? 'zh' : nav.startsWith('ru') ? 'ru' : 'en';
}

let nextHeldId = 1;

/** `list` with `held` added, unless the same text is held already. */
export function withHeldText(list: HeldText[], held: Omit<HeldText, 'id'>): HeldText[] {
  return list.some((h) => h.text === held.text) ? list : [...list, { ...held, id: nextHeldId++ }];
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  language: initialLanguage(),
  theme: 'system',
  notice: undefined,
  heldTexts: [],
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
  showNotice: (notice) => {
    const { details, total } = summarizeProblems(notice.details);
    set({ notice: { ...notice, details, total: Math.max(total, notice.total ?? 0) } });
  },
  dismissNotice: () => set({ notice: undefined }),
  holdText: (held) => set((state) => ({ heldTexts: withHeldText(state.heldTexts, held) })),
  releaseHeldText: (id) => set((state) => ({ heldTexts: state.heldTexts.filter((h) => h.id !== id) })),
});
