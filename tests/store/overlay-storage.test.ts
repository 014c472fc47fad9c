import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, OVERLAY_KEY, readStoredOverlay } from '../../src/store';

// The overlay is kept under its own key: versioned, checked when read, never lost to a bad read.

const stores: ReturnType<typeof createAppStore>[] = [];
const open = () => {
  const store = createAppStore();
  stores.push(store);
  return store.useStore;
};
beforeEach(() => localStorage.clear());
afterEach(() =>
  stores.splice(0).forEach((s) => {
    s.storage.disconnect();
    s.stopOverlay();
  }),
);

const record = { version: 1, fileName: 'acme.json', text: '{"overlay":1}', enabled: true };

describe('the stored overlay', () => {
  it('is written when loaded, switched or removed, and read back by a new tab', () => {
    const store = open();
    store.getState().setOverlay({ fileName: 'acme.json', text: '{"overlay":1}' });
    expect(JSON.parse(localStorage.getItem(OVERLAY_KEY) ?? 'null')).toEqual(record);
    store.getState().setOverlayEnabled(false);
    expect(open().getState().overlay).toEqual({
      fileName: 'acme.json',
      text: '{"overlay":1}',
      enabled: false,
    });
    store.getState().removeOverlay();
    expect(localStorage.getItem(OVERLAY_KEY)).toBeNull();
  });

  it('is refused on read when it is not this version’s record, and left in place with a notice', () => {
    const bad = JSON.stringify({ ...record, version: 2, __proto__: 1 });
    localStorage.setItem(OVERLAY_KEY, bad);
    const store = open();
    expect(store.getState().overlay).toBeUndefined();
    expect(store.getState().notice?.key).toBe('storedOverlayUnreadable');
    expect(localStorage.getItem(OVERLAY_KEY)).toBe(bad);
    // A change elsewhere does not overwrite it; only an overlay action of the user does.
    store.getState().setWeight('throughput' as never, 3);
    expect(localStorage.getItem(OVERLAY_KEY)).toBe(bad);
  });

  it('names the field and value of a damaged record', () => {
    expect(readStoredOverlay(JSON.stringify({ ...record, enabled: 'yes' }))).toEqual({
      ok: false,
      problems: ['stored overlay: enabled: Invalid input: expected boolean, received string (value: "yes")'],
    });
    expect(
      readStoredOverlay('{"version":1,"fileName":"a","text":"x","enabled":true,"__proto__":{}}'),
    ).toMatchObject({
      ok: false,
    });
    expect(readStoredOverlay(null)).toEqual({ ok: true, overlay: undefined });
  });

  it('follows another tab that loads or removes one', () => {
    const store = open();
    localStorage.setItem(OVERLAY_KEY, JSON.stringify(record));
    window.dispatchEvent(new StorageEvent('storage', { key: OVERLAY_KEY }));
    expect(store.getState().overlay?.fileName).toBe('acme.json');
    localStorage.removeItem(OVERLAY_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: OVERLAY_KEY }));
    expect(store.getState().overlay).toBeUndefined();
  });
});
