/** Limits for every JSON text that enters: profile file, import, share link, stored state, overlay. */
export interface JsonLimits {
  /** Characters of text (UTF-16 code units), checked before parsing. */
  chars: number;
  /** Nesting of arrays and objects, checked by a linear scan before parsing. */
  depth: number;
  /** Object keys in the whole value. */
  keys: number;
}

export const DEFAULT_LIMITS: JsonLimits = { chars: 1_000_000, depth: 64, keys: 10_000 };

/** Keys that would reach an object's prototype when the value is merged or spread. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export type BoundedJson = { ok: true; value: unknown } | { ok: false; problems: string[] };

const BOM = '\uFEFF';

/** Control, format and bidi characters shown as \uXXXX, so a message cannot forge lines or reorder text. */
export function printable(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** A key as it appears in a problem path: printable, and the empty key visible. */
export const showKey = (key: string): string => (key === '' ? '""' : printable(key));

/** The deepest nesting of arrays and objects outside strings, in one pass without recursion. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth += 1;
      if (depth > max) max = depth;
    } else if (c === 93 || c === 125) depth -= 1;
  }
  return max;
}

/** Counts keys and finds forbidden ones; `value` is already known to be at most `limits.depth` deep. */
function walk(
  value: unknown,
  path: string,
  state: { keys: number; problems: string[] },
  limits: JsonLimits,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, state, limits));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    state.keys += 1;
    if (state.keys > limits.keys) return;
    const at = path === '' ? showKey(key) : `${path}.${showKey(key)}`;
    if (FORBIDDEN_KEYS.has(key)) state.problems.push(`${at}: key not allowed (value: "${key}")`);
    else walk((value as Record<string, unknown>)[key], at, state, limits);
  }
}

/**
 * Parses JSON text within limits, before anything recursive touches it: a leading BOM is
 * stripped, and size, depth, key count and prototype keys are checked. Every problem names where
 * it is (`label` for the text as a whole) and the value.
 */
export function parseBoundedJson(
  text: string,
  label: string,
  limits: JsonLimits = DEFAULT_LIMITS,
): BoundedJson {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.length > limits.chars)
    return {
      ok: false,
      problems: [`${label}: too large (value: ${body.length} characters, limit ${limits.chars})`],
    };
  const depth = jsonDepth(body);
  if (depth > limits.depth)
    return {
      ok: false,
      problems: [`${label}: nested too deeply (value: depth ${depth}, limit ${limits.depth})`],
    };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? printable(error.message) : 'not valid JSON';
    return { ok: false, problems: [`${label}: not valid JSON (${reason})`] };
  }
  const state = { keys: 0, problems: [] as string[] };
  walk(value, '', state, limits);
  if (state.keys > limits.keys)
    return { ok: false, problems: [`${label}: too many keys (value: more than ${limits.keys})`] };
  return state.problems.length > 0 ? { ok: false, problems: state.problems } : { ok: true, value };
}
