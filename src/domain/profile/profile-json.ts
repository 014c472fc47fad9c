import type { Knowledge } from '../knowledge';
import { DEFAULT_LIMITS, parseBoundedJson, sizeProblem, type JsonLimits } from './bounded-json';
import { parseProfile, type ProfileResult } from './parse-profile';
import { summarizeProblems } from './problem-list';

/** The largest profile file read, in bytes (a profile is a few kilobytes): checked before reading. */
export const MAX_PROFILE_BYTES = DEFAULT_LIMITS.chars;

/** The problem with a profile file of `bytes` bytes, before it is read; undefined when within the cap. */
export const fileSizeProblem = (bytes: number, label = '(root)'): string | undefined =>
  bytes > MAX_PROFILE_BYTES ? sizeProblem(label, bytes, 'bytes', MAX_PROFILE_BYTES) : undefined;

export type JsonValue = { ok: true; value: unknown } | { ok: false; problems: string[] };

/**
 * The JSON value of a profile text (file, import, paste): the bounded parser with its one rule set —
 * BOM stripped, size, depth and key count limited, prototype keys refused — and invalid JSON
 * reported with the parser's message. `label` names the text as a whole in a problem.
 */
export function profileJsonValue(
  text: string,
  label = '(root)',
  limits: JsonLimits = DEFAULT_LIMITS,
): JsonValue {
  const json = parseBoundedJson(text, label, limits);
  if (json.ok) return json;
  const problems = json.invalidJson === undefined ? json.problems : [`invalid JSON: ${json.invalidJson}`];
  return { ok: false, problems: summarizeProblems(problems) };
}

/**
 * A profile text through every check: the bounded parser, then `parseProfile` (schema, then ids
 * against the knowledge base). The problems are deduplicated and capped.
 */
export function parseProfileJson(text: string, kb: Knowledge, label = '(root)'): ProfileResult {
  const json = profileJsonValue(text, label);
  if (!json.ok) return json;
  const result = parseProfile(json.value, kb);
  return result.ok ? result : { ok: false, problems: summarizeProblems(result.problems) };
}
