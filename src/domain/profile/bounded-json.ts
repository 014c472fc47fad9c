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

/**
 * `invalidJson` is set when the text is not JSON at all: the parser's message, printable, so that
 * a surface can word that case its own way.
 */
export type BoundedJson =
  { ok: true; value: unknown } | { ok: false; problems: string[]; invalidJson?: string };

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
export const showKey = (key: string): string =>
  // Quoted where the bare key would be invisible at the edges of a path: empty, or padded with spaces.
  key === '' || /^\s|\s$/.test(key) ? `"${printable(key).replace(/"/g, '\\"')}"` : printable(key);

/** The problem for a text or file over the size limit, worded alike on every surface. */
export const sizeProblem = (
  label: string,
  size: number,
  unit: 'characters' | 'bytes',
  limit: number,
): string => `${label}: too large (value: ${size} ${unit}, limit ${limit})`;

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

const childPath = (path: string, key: string): string =>
  path === '' ? showKey(key) : `${path}.${showKey(key)}`;

interface WalkState {
  keys: number;
  problems: string[];
  /** Paths of numbers too large for a double (JSON.parse turned them into ±Infinity). */
  infinite: string[];
}

/** Counts keys and finds forbidden ones; `value` is already known to be at most `limits.depth` deep. */
function walk(value: unknown, path: string, state: WalkState, limits: JsonLimits): void {
  if (state.keys > limits.keys) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) state.infinite.push(path);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, `${path}[${i}]`, state, limits));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const key of Object.keys(value)) {
    state.keys += 1;
    if (state.keys > limits.keys) return;
    const at = childPath(path, key);
    if (FORBIDDEN_KEYS.has(key)) state.problems.push(`${at}: key not allowed (value: "${key}")`);
    else walk((value as Record<string, unknown>)[key], at, state, limits);
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Characters of a JSON number after its first one: digits, `.`, `e`, `E`, `+`, `-`. */
const inNumber = (c: number): boolean =>
  isDigit(c) || c === 46 || c === 101 || c === 69 || c === 43 || c === 45;

interface Frame {
  array: boolean;
  index: number;
  key: string;
  expectKey: boolean;
}

/**
 * The literal text of every number that is too large for a double, by the path `walk` gives it.
 * `text` is valid JSON within the depth limit; one pass, no recursion.
 */
function infiniteLiterals(text: string): Map<string, string> {
  const found = new Map<string, string>();
  const frames: Frame[] = [];
  const pathHere = (): string =>
    frames.reduce((path, f) => (f.array ? `${path}[${f.index}]` : childPath(path, f.key)), '');
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const top = frames[frames.length - 1];
    if (c === 34) {
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) !== 34) end += text.charCodeAt(end) === 92 ? 2 : 1;
      if (top && !top.array && top.expectKey) {
        top.key = JSON.parse(text.slice(i, end + 1)) as string;
        top.expectKey = false;
      }
      i = end;
    } else if (c === 123 || c === 91)
      frames.push({ array: c === 91, index: 0, key: '', expectKey: c === 123 });
    else if (c === 125 || c === 93) frames.pop();
    else if (c === 44 && top) {
      if (top.array) top.index += 1;
      else top.expectKey = true;
    } else if (c === 45 || isDigit(c)) {
      let end = i + 1;
      while (end < text.length && inNumber(text.charCodeAt(end))) end += 1;
      const literal = text.slice(i, end);
      if (!Number.isFinite(Number(literal))) found.set(pathHere(), literal);
      i = end - 1;
    }
  }
  return found;
}

/**
 * Parses JSON text within limits, before anything recursive touches it: a leading BOM is
 * stripped, and size, depth, key count, prototype keys and numbers beyond a double's range are
 * checked. Every problem names where it is (`label` for the text as a whole) and the value.
 */
export function parseBoundedJson(
  text: string,
  label: string,
  limits: JsonLimits = DEFAULT_LIMITS,
): BoundedJson {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  if (body.length > limits.chars)
    return { ok: false, problems: [sizeProblem(label, body.length, 'characters', limits.chars)] };
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
    return { ok: false, problems: [`${label}: not valid JSON (${reason})`], invalidJson: reason };
  }
  const state: WalkState = { keys: 0, problems: [], infinite: [] };
  walk(value, '', state, limits);
  if (state.keys > limits.keys)
    return { ok: false, problems: [`${label}: too many keys (value: more than ${limits.keys})`] };
  if (state.infinite.length > 0) {
    const literals = infiniteLiterals(body);
    for (const path of state.infinite)
      state.problems.push(
        `${path || label}: number too large to represent (value: ${literals.get(path) ?? 'beyond ±1.8e308'})`,
      );
  }
  return state.problems.length > 0 ? { ok: false, problems: state.problems } : { ok: true, value };
}
