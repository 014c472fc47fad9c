import type { core } from 'zod/mini';
import { printable, showKey } from './bounded-json';

/** At most this many characters of a value are shown in a message. */
const PREVIEW_CHARS = 60;
/** Containers deeper than this are shown as `[…]` / `{…}`. */
const PREVIEW_DEPTH = 2;
/** Items or entries shown per container. */
const PREVIEW_ITEMS = 4;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A path as `a.b[2].c`: keys printable, the empty key as `""`, the whole value as `(root)`. */
export function showPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  let shown = '';
  for (const key of path) {
    if (typeof key === 'number') shown += `[${key}]`;
    else {
      const name = typeof key === 'string' ? showKey(key) : printable(String(key));
      shown += shown === '' ? name : `.${name}`;
    }
  }
  return shown;
}

const quote = (text: string): string => JSON.stringify(text.slice(0, PREVIEW_CHARS + 1));

/** JSON-like text of `value`, bounded in depth and items so that no value can make it large or slow. */
function preview(value: unknown, depth: number): string {
  if (typeof value === 'string') return quote(value);
  // Infinity and NaN as such, never as JSON's `null`.
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value !== 'object') return typeof value;
  const array = Array.isArray(value);
  const [open, close] = array ? ['[', ']'] : ['{', '}'];
  const parts: string[] = [];
  let more = false;
  if (array) {
    if (value.length > 0 && depth >= PREVIEW_DEPTH) return '[…]';
    more = value.length > PREVIEW_ITEMS;
    for (const item of value.slice(0, PREVIEW_ITEMS)) parts.push(preview(item, depth + 1));
  } else {
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      if (depth >= PREVIEW_DEPTH) return '{…}';
      if (parts.length === PREVIEW_ITEMS) {
        more = true;
        break;
      }
      parts.push(`${quote(key)}:${preview((value as Record<string, unknown>)[key], depth + 1)}`);
    }
  }
  return `${open}${parts.join(',')}${more ? ',…' : ''}${close}`;
}

/** A short, printable preview of a value for a message: `missing` when there is none. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'missing';
  const text = printable(preview(value, 0));
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 3)}...` : text;
}

/** One line per problem: field path, what is wrong, and the offending value. */
export function formatIssues(error: core.$ZodError, input: unknown): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return `${showPath(path)}: unknown key (value: ${showValue(valueAt(input, path))})`;
      });
    }
    // A bad record key: say what a key must look like, not only that it is wrong.
    const why =
      issue.code === 'invalid_key'
        ? `${issue.message}: ${issue.issues.map((i) => i.message).join('; ')}`
        : issue.message;
    return [`${showPath(issue.path)}: ${printable(why)} (value: ${showValue(valueAt(input, issue.path))})`];
  });
}
