import { persistedStateSchema, type PersistedState } from './persisted-state';

/*
 * Two tabs, one stored state. The rule: per field, the last write wins, and edits to different
 * fields are all kept. Fields are the stored state's keys and, inside the records (environment,
 * weights, choices, rationales), each key on its own; lists (must-haves, the comparison) are one
 * field each.
 *
 * It holds because every change goes through a three-way merge against the state the tab last saw
 * in storage (its base): a tab applies another tab's write as soon as the `storage` event brings
 * it, and before each write it reads what is stored now, so a write that raced another tab's merges
 * into it instead of overwriting it.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Equality of JSON values; a missing key and `undefined` are the same. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (!sameJson(a[key], b[key])) return false;
    return true;
  }
  return false;
}

/** A side that did not change since `base` takes the other side's value; when both did, `mine`. */
function mergeValues(base: unknown, mine: unknown, theirs: unknown): unknown {
  if (sameJson(mine, base)) return theirs;
  if (sameJson(theirs, base) || sameJson(mine, theirs)) return mine;
  if (isRecord(mine) && isRecord(theirs)) {
    const from = isRecord(base) ? base : {};
    const merged: [string, unknown][] = [];
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = mergeValues(from[key], mine[key], theirs[key]);
      if (value !== undefined) merged.push([key, value]);
    }
    return Object.fromEntries(merged);
  }
  return mine;
}

/**
 * Merges this tab's state (`mine`) and the stored one (`theirs`), both derived from `base`.
 * `mine` counts as the later write where both changed the same field. `undefined` when the
 * merge is not a valid state; the caller then keeps the later write whole.
 */
export function mergeStates(
  base: PersistedState,
  mine: PersistedState,
  theirs: PersistedState,
): PersistedState | undefined {
  const merged = persistedStateSchema.safeParse(mergeValues(base, mine, theirs));
  return merged.success ? merged.data : undefined;
}

/** Calls `onChange` whenever another tab changes `key` (or clears the storage). */
export function listenToOtherTabs(key: string, onChange: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (event: StorageEvent): void => {
    if (event.key === key || event.key === null) onChange();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
