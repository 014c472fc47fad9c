import { parseBoundedJson, type JsonLimits } from '@/domain/profile';
import { STORAGE_KEY } from './persisted-state';
import type { StorageFailure } from './ui-slice';

/** Stored texts that could not be read are kept under this key for the user, never silently dropped. */
export const CORRUPT_KEY = `${STORAGE_KEY}:set-aside`;

/** One stored text that could not be read, exactly as it was, with why. */
export interface SetAsideEntry {
  savedAt: string;
  /** The first problems; `total` says how many distinct problems there were. */
  problems: string[];
  total: number;
  text: string;
}

export type SetAsideResult = { ok: true } | { ok: false; failure: StorageFailure };

/** What a failed storage call means for the user: no room left, or no storage at all. */
export function failureOf(error: unknown): StorageFailure {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'quota' : 'unavailable';
}

// The kept list is flat (an array of entries of strings and numbers): it is bounded in depth only.
const keptLimits: JsonLimits = { chars: Number.MAX_SAFE_INTEGER, depth: 3, keys: 1_000_000 };

const isEntryWith = (value: unknown, text: string): boolean =>
  typeof value === 'object' && value !== null && (value as { text?: unknown }).text === text;

/** What is already kept: a list of entries; anything else there (an older format) is kept as text. */
function keptBefore(storage: Storage): unknown[] {
  const before = storage.getItem(CORRUPT_KEY);
  if (before === null) return [];
  const parsed = parseBoundedJson(before, CORRUPT_KEY, keptLimits);
  return parsed.ok && Array.isArray(parsed.value) ? (parsed.value as unknown[]) : [{ text: before }];
}

/**
 * Keeps `text` under `CORRUPT_KEY`, after whatever is kept there already (the same text once only).
 * The text is stored as a string, so however deep or odd it is, nothing recursive touches it.
 * Reports a failure (storage full or unavailable) instead of swallowing it.
 */
export function setAside(
  storage: () => Storage,
  text: string,
  problems: { details: string[]; total: number },
): SetAsideResult {
  try {
    const area = storage();
    const entry: SetAsideEntry = {
      savedAt: new Date().toISOString(),
      problems: problems.details,
      total: problems.total,
      text,
    };
    const entries = [...keptBefore(area).filter((e) => !isEntryWith(e, text)), entry];
    area.setItem(CORRUPT_KEY, JSON.stringify(entries));
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: failureOf(error) };
  }
}
