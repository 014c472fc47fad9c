export {
  useAppStore,
  createAppStore,
  checkStoredIds,
  persistedOf,
  CORRUPT_KEY,
  type AppState,
} from './store';
export { MAX_COMPARED } from './comparison-slice';
export { STORAGE_KEY, STORAGE_VERSION, persistedStateSchema, readStoredState } from './persisted-state';
export { MAX_NOTICE_DETAILS, type HeldText, type Notice, type StorageFailure, type Theme } from './ui-slice';
export type { OtherProfile } from './other-profile-slice';
export { OVERLAY_KEY, readStoredOverlay, type StoredOverlay } from './overlay-storage';
