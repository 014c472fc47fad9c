import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore, STORAGE_KEY, useAppStore } from '../../src/store';
import { keptTexts, storedState, valid, wrap } from './stored';

/*
 * The rule: per field, the last write wins; edits to different fields (and to different keys of
 * the environment, weights, choices and rationales) are all kept. Each test runs this tab (the
 * app's store) beside a second tab: another store on the same browser storage.
 */

const tabs: ReturnType<typeof createAppStore>[] = [];
const otherTab = () => {
  const tab = createAppStore();
  tabs.push(tab);
  return tab.useStore;
};
afterEach(() => tabs.splice(0).forEach((tab) => tab.storage.disconnect()));

/** What the browser does in every other tab after a write to the stored state. */
const storageEvent = () => window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));

describe('two tabs', () => {
  it('apply each other’s writes, and say so', () => {
    localStorage.setItem(STORAGE_KEY, wrap(valid));
    storageEvent();
    expect(useAppStore.getState()).toMatchObject({
      weights: { throughput: 5 },
      mustHave: ['crossHost'],
      method: 'topsis',
      language: 'ru',
    });
    expect(useAppStore.getState().notice?.key).toBe('otherTabApplied');
  });

  it('keep both edits when each tab changes something else', () => {
    const b = otherTab();
    useAppStore.getState().setWeight('throughput' as never, 5);
    storageEvent();
    b.getState().toggleMustHave('crossHost' as never);
    storageEvent();
    useAppStore.getState().setEnvironment('bgp', true);
    storageEvent();
    for (const state of [useAppStore.getState(), b.getState(), storedState()])
      expect(state).toMatchObject({
        weights: { throughput: 5 },
        mustHave: ['crossHost'],
        environment: { bgp: true },
      });
  });

  it('lose no edit when a tab writes before the other tab’s write has reached it', () => {
    const b = otherTab();
    // Both edit before either hears of the other; the events arrive late.
    useAppStore.getState().setWeight('throughput' as never, 5);
    b.getState().setWeight('latency' as never, 2);
    b.getState().setEnvironment('l2', true);
    useAppStore.getState().setMethod('topsis');
    storageEvent();
    const expected = { weights: { throughput: 5, latency: 2 }, environment: { l2: true }, method: 'topsis' };
    expect(storedState()).toMatchObject(expected);
    expect(useAppStore.getState()).toMatchObject(expected);
    expect(b.getState()).toMatchObject(expected);
  });

  it('keep the later edit when both change the same answer', () => {
    const b = otherTab();
    useAppStore.getState().setWeight('throughput' as never, 5);
    b.getState().setWeight('throughput' as never, 2);
    storageEvent();
    expect(useAppStore.getState().weights).toEqual({ throughput: 2 });
    expect(b.getState().weights).toEqual({ throughput: 2 });
  });

  it('keep this tab’s unsaved edit when another tab’s write arrives', () => {
    const b = otherTab();
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    useAppStore.getState().setWeight('throughput' as never, 5);
    Storage.prototype.setItem = setItem;
    b.getState().toggleMustHave('crossHost' as never);
    storageEvent();
    expect(useAppStore.getState()).toMatchObject({ weights: { throughput: 5 }, mustHave: ['crossHost'] });
    expect(storedState()).toMatchObject({ weights: { throughput: 5 }, mustHave: ['crossHost'] });
  });

  it('set aside what another tab wrote and this one cannot read, keeping this tab’s profile', () => {
    useAppStore.getState().setWeight('throughput' as never, 5);
    const text = wrap({ ...valid, future: true }, 2);
    localStorage.setItem(STORAGE_KEY, text);
    storageEvent();
    expect(useAppStore.getState().weights).toEqual({ throughput: 5 });
    expect(useAppStore.getState().notice?.key).toBe('otherTabSetAside');
    expect(keptTexts()).toEqual([text]);
    // Not written over until this tab's next edit: two versions of the app never take turns.
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
    useAppStore.getState().toggleMustHave('crossHost' as never);
    expect(storedState()).toMatchObject({ weights: { throughput: 5 }, mustHave: ['crossHost'] });
  });
});
