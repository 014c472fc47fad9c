import type { StateCreator } from 'zustand';
import type { Language } from '@/domain/schemas';
import type { AppState } from './store';

export type Theme = 'light' | 'dark' | 'system';

export interface Notice {
  kind: 'info' | 'error';
  /** Message key understood by the app shell, plus details to show verbatim. */
  key: 'storedStateSetAside' | 'shareLinkInvalid' | 'shareLinkLoaded';
  details: string[];
}

export interface UiSlice {
  language: Language;
  theme: Theme;
  notice: Notice | undefined;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
}

function initialLanguage(): Language {
  const nav = typeof navigator === 'undefined' ? 'en' : navigator.language.toLowerCase();
  return nav.startsWith('zh') ? 'zh' : nav.startsWith('ru') ? 'ru' : 'en';
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  language: initialLanguage(),
  theme: 'system',
  notice: undefined,
  setLanguage: (language) => set({ language }),
  setTheme: (theme) => set({ theme }),
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: undefined }),
});
