import { vi } from 'vitest';
import { CORRUPT_KEY, STORAGE_KEY, STORAGE_VERSION, useAppStore } from '../../src/store';

/** A valid stored state (user input only), as the app writes it. */
export const valid = {
  environment: { bgp: false, kernel: '4.19' },
  weights: { throughput: 5 },
  mustHave: ['crossHost'],
  method: 'topsis',
  compared: ['calico-ipip'],
  language: 'ru',
  theme: 'dark',
};

/** The stored text of `state` under `version`, in the app's wrapper. */
export const wrap = (state: unknown, version: unknown = STORAGE_VERSION): string =>
  JSON.stringify({ state, version });

/** Puts `text` under the app's key, as the browser would hold it, and reloads the store from it. */
export async function reloadFrom(text: string): Promise<void> {
  localStorage.setItem(STORAGE_KEY, text);
  await useAppStore.persist.rehydrate();
}

/** The texts kept under the set-aside key, oldest first. */
export function keptTexts(): string[] {
  const kept = localStorage.getItem(CORRUPT_KEY);
  return kept === null ? [] : (JSON.parse(kept) as { text: string }[]).map((entry) => entry.text);
}

export const storedState = (): unknown =>
  (JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as { state: unknown } | null)?.state;

/** Makes the browser's storage refuse writes to `key` as a full storage does, until restored. */
export function refuseWrites(key: string) {
  const setItem = Storage.prototype.setItem;
  return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
    this: Storage,
    name: string,
    value: string,
  ) {
    if (name === key) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    setItem.call(this, name, value);
  });
}
