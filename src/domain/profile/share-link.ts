import type { Knowledge } from '../knowledge';
import { profileSchema, type Profile } from '../schemas';
import { z } from '../schemas/zod';
import { methods, type Method } from '../scoring';
import { DEFAULT_LIMITS, parseBoundedJson, printable, showKey } from './bounded-json';
import { formatIssues, showValue } from './format-issues';
import { parseProfile } from './parse-profile';
import { summarizeProblems } from './problem-list';

export const SHARE_VERSION = 1;

/**
 * The longest token decoded, in characters: a profile weighting every criterion and choosing in
 * every category needs a few kilobytes; anything far beyond is refused before it is decoded.
 */
export const MAX_SHARE_TOKEN = 100_000;

/** The longest overlay address a link may carry, in characters. */
export const MAX_SHARED_OVERLAY_URL = 2_000;

/** The longest overlay text a link may carry inline, in characters: the link must stay usable. */
export const MAX_SHARED_OVERLAY_TEXT = 20_000;

/**
 * A knowledge overlay the link refers to: where the team publishes it, or (a small one) its text.
 * Only its shape is checked here; the content is checked against the knowledge base when the
 * recipient looks at it, and nothing is applied without the recipient's say-so.
 */
export type SharedOverlay = { url: string } | { text: string };

/** What a share link carries besides the view (which is the URL path itself). */
export interface SharedDecision {
  profile: Profile;
  method: Method;
  compared: string[];
  overlay?: SharedOverlay;
}

const payloadSchema = z.strictObject({
  profile: z.unknown(),
  method: z.enum(methods),
  compared: z.array(z.string()).check(z.maxLength(4)),
  overlay: z.optional(z.unknown()),
});

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['localhost', '127.0.0.1']);

/** Why an overlay address may not be fetched, or undefined: https, or http to this machine only. */
export function overlayUrlProblem(url: string): string | undefined {
  if (url.length > MAX_SHARED_OVERLAY_URL)
    return `too long (value: ${url.length} characters, limit ${MAX_SHARED_OVERLAY_URL})`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `not an absolute address (value: ${showValue(url)})`;
  }
  const local = parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !local)
    return `only https addresses, or http to localhost or 127.0.0.1 (value: ${showValue(url)})`;
  if (parsed.username !== '' || parsed.password !== '')
    return `an address may not carry a user name or password (value: ${showValue(url)})`;
  return undefined;
}

/** The overlay part of a payload: exactly one of `url` or `text`, each within its limits. */
function parseSharedOverlay(value: unknown): { overlay: SharedOverlay } | { problems: string[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { problems: [`overlay: expected an object with "url" or "text" (value: ${showValue(value)})`] };
  const keys = Object.keys(value);
  const extra = keys.filter((k) => k !== 'url' && k !== 'text');
  if (extra.length > 0)
    return { problems: extra.map((k) => `overlay.${showKey(k)}: unknown field (value: ${showValue(k)})`) };
  if (keys.length !== 1)
    return { problems: ['overlay: expected exactly one of "url" or "text" (value: {…})'] };
  const record = value as Record<string, unknown>;
  if ('url' in record) {
    const url = record.url;
    if (typeof url !== 'string')
      return { problems: [`overlay.url: expected a string (value: ${showValue(url)})`] };
    const problem = overlayUrlProblem(url);
    return problem === undefined ? { overlay: { url } } : { problems: [`overlay.url: ${problem}`] };
  }
  const text = record.text;
  if (typeof text !== 'string')
    return { problems: [`overlay.text: expected a string (value: ${showValue(text)})`] };
  if (text.length > MAX_SHARED_OVERLAY_TEXT)
    return {
      problems: [
        `overlay.text: too large to carry in a link (value: ${text.length} characters, limit ${MAX_SHARED_OVERLAY_TEXT}); share its address instead`,
      ],
    };
  if (text.trim() === '') return { problems: ['overlay.text: empty (value: "")'] };
  return { overlay: { text } };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(token: string): string {
  const base64 = token.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

/** "1.<base64url JSON>": versioned so a future format can still read old links. */
export function encodeShare(decision: SharedDecision): string {
  const profile = profileSchema.parse(decision.profile);
  const { method, compared, overlay } = decision;
  if (overlay !== undefined) {
    const checked = parseSharedOverlay(overlay);
    if ('problems' in checked) throw new RangeError(checked.problems.join('; '));
  }
  // Without an overlay the payload is exactly what links carried before it existed.
  const payload =
    overlay === undefined ? { profile, method, compared } : { profile, method, compared, overlay };
  return `${SHARE_VERSION}.${toBase64Url(JSON.stringify(payload))}`;
}

export type ShareResult = { ok: true; decision: SharedDecision } | { ok: false; problems: string[] };

const DAMAGED = '(link): the link is truncated or damaged and cannot be decoded';

/**
 * Decodes and validates a share token; every failure is described, nothing is applied here. The
 * token's length is capped, and the decoded JSON goes through the bounded parser like any profile
 * text.
 */
export function decodeShare(token: string, kb: Knowledge): ShareResult {
  if (token.length > MAX_SHARE_TOKEN)
    return {
      ok: false,
      problems: [`(link): too long (value: ${token.length} characters, limit ${MAX_SHARE_TOKEN})`],
    };
  const dot = token.indexOf('.');
  const version = dot < 0 ? token : token.slice(0, dot);
  if (version !== String(SHARE_VERSION)) {
    return {
      ok: false,
      problems: [`version: unsupported share link version (value: "${printable(version.slice(0, 20))}")`],
    };
  }
  let text: string;
  try {
    text = fromBase64Url(token.slice(dot + 1));
  } catch {
    return { ok: false, problems: [DAMAGED] };
  }
  const json = parseBoundedJson(text, '(link)', DEFAULT_LIMITS);
  if (!json.ok)
    return {
      ok: false,
      problems: json.invalidJson === undefined ? summarizeProblems(json.problems) : [DAMAGED],
    };
  const payload = payloadSchema.safeParse(json.value);
  if (!payload.success)
    return { ok: false, problems: summarizeProblems(formatIssues(payload.error, json.value)) };
  const profile = parseProfile(payload.data.profile, kb);
  if (!profile.ok)
    return { ok: false, problems: summarizeProblems(profile.problems.map((p) => `profile.${p}`)) };
  const unknown = payload.data.compared.filter((id) => !kb.optionById.has(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: unknown.map((id) => `compared: unknown option id (value: ${showValue(id)})`),
    };
  }
  const decision: SharedDecision = {
    profile: profile.profile,
    method: payload.data.method,
    compared: payload.data.compared,
  };
  if (payload.data.overlay === undefined) return { ok: true, decision };
  const overlay = parseSharedOverlay(payload.data.overlay);
  if ('problems' in overlay) return { ok: false, problems: overlay.problems };
  return { ok: true, decision: { ...decision, overlay: overlay.overlay } };
}
