import type { StoreApi } from 'zustand';
import { OVERLAY_LIMITS } from '@/domain/overlay/limits';
import { formatIssues, parseBoundedJson } from '@/domain/profile';
import { z } from '@/domain/schemas/zod';
import { failureOf } from './set-aside';
import type { AppState } from './store';

/** Kept apart from the profile's key: a large overlay is not rewritten on every weight change. */
export const OVERLAY_KEY = 'container-stack-advisor-overlay';

export const storedOverlaySchema = z.strictObject({
  version: z.literal(1),
  fileName: z.string().check(z.maxLength(500)),
  text: z.string().check(z.maxLength(OVERLAY_LIMITS.chars)),
  enabled: z.boolean(),
});
export type StoredOverlay = Omit<z.infer<typeof storedOverlaySchema>, 'version'>;

const LABEL = 'stored overlay';

/** The stored overlay record, checked (the overlay itself is checked when it is applied). */
export function readStoredOverlay(
  text: string | null,
): { ok: true; overlay: StoredOverlay | undefined } | { ok: false; problems: string[] } {
  if (text === null) return { ok: true, overlay: undefined };
  const json = parseBoundedJson(text, LABEL, { ...OVERLAY_LIMITS, chars: OVERLAY_LIMITS.chars + 1_000 });
  if (!json.ok) return { ok: false, problems: json.problems };
  const parsed = storedOverlaySchema.safeParse(json.value);
  if (!parsed.success)
    return { ok: false, problems: formatIssues(parsed.error, json.value).map((p) => `${LABEL}: ${p}`) };
  const { fileName, text: overlayText, enabled } = parsed.data;
  return { ok: true, overlay: { fileName, text: overlayText, enabled } };
}

/**
 * Keeps the store's overlay in the browser's storage: read at start (an unreadable record is
 * reported and left in place until the user loads or removes an overlay), written when it
 * changes, and taken from other tabs' writes. Returns a function that stops it.
 */
export function connectOverlayStorage(store: StoreApi<AppState>, area: () => Storage): () => void {
  const read = (): void => {
    let text: string | null;
    try {
      text = area().getItem(OVERLAY_KEY);
    } catch {
      return;
    }
    const result = readStoredOverlay(text);
    if (result.ok) store.setState({ overlay: result.overlay });
    else
      store
        .getState()
        .showNotice({ kind: 'error', key: 'storedOverlayUnreadable', details: result.problems });
  };
  read();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.overlay === previous.overlay) return;
    try {
      if (state.overlay === undefined) area().removeItem(OVERLAY_KEY);
      else area().setItem(OVERLAY_KEY, JSON.stringify({ version: 1, ...state.overlay }));
    } catch (error) {
      store
        .getState()
        .showNotice({ kind: 'error', key: 'storageWriteFailed', details: [], failure: failureOf(error) });
    }
  });
  const onStorage = (event: StorageEvent) => {
    if (event.key === OVERLAY_KEY) read();
  };
  if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
  return () => {
    unsubscribe();
    if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
  };
}
