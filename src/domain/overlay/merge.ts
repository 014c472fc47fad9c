import type { core } from 'zod/mini';
import { formatIssues, showValue } from '../profile/format-issues';
import type { OverlayFact } from './applied';

/** The merge in progress: the knowledge files as they become, and what the overlay did to them. */
export interface Merge {
  /** How the overlay is named in messages (its file name). */
  label: string;
  /** Path under data/ → content. Base contents are shared, never written to: see `writable`. */
  files: Map<string, unknown>;
  /** Paths whose content this merge made itself, so it may change them. */
  own: Set<string>;
  /** Path → where in the overlay its content comes from, for the loader's messages. */
  origin: Map<string, string>;
  facts: Map<string, OverlayFact>;
  problems: string[];
}

export function newMerge(label: string, base: readonly { path: string; data: unknown }[]): Merge {
  return {
    label,
    files: new Map(base.map((f) => [f.path, f.data])),
    own: new Set(),
    origin: new Map(),
    facts: new Map(),
    problems: [],
  };
}

/** The content at `path`, copied first if it is still the base's, so it can be changed. */
export function writable<T>(merge: Merge, path: string): T {
  if (!merge.own.has(path)) {
    merge.files.set(path, structuredClone(merge.files.get(path)));
    merge.own.add(path);
  }
  return merge.files.get(path) as T;
}

/** A problem at `at` in the overlay (`options[2].id`), with the value there (`undefined`: missing). */
export function refuse(merge: Merge, at: string, what: string, ...value: [unknown] | []): void {
  const shown = value.length === 0 ? '' : ` (value: ${showValue(value[0])})`;
  merge.problems.push(`${merge.label}: ${at}: ${what}${shown}`);
}

/** Schema problems of the entity at `at`, each with the overlay's path in front. */
export function refuseIssues(merge: Merge, at: string, error: core.$ZodError, input: unknown): void {
  for (const line of formatIssues(error, input))
    merge.problems.push(
      `${merge.label}: ${line.startsWith('(root)') ? `${at}${line.slice(6)}` : `${at}.${line}`}`,
    );
}
