export { useAppStore, CORRUPT_KEY, type AppState } from './store';
export { MAX_COMPARED } from './comparison-slice';
export { STORAGE_KEY, STORAGE_VERSION, persistedStateSchema } from './persisted-state';
export type { Notice, Theme } from './ui-slice';
export type { OtherProfile } from './other-profile-slice';
