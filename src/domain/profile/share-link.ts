import type { Knowledge } from '../knowledge';
import { profileSchema, type Profile } from '../schemas';
import { z } from '../schemas/zod';
import { methods, type Method } from '../scoring';
import { DEFAULT_LIMITS, parseBoundedJson, printable } from './bounded-json';
import { formatIssues, showValue } from './format-issues';
import { parseProfile } from './parse-profile';
import { summarizeProblems } from './problem-list';

export const SHARE_VERSION = 1;

/**
 * The longest token decoded, in characters: a profile weighting every criterion and choosing in
 * every category needs a few kilobytes; anything far beyond is refused before it is decoded.
 */
export const MAX_SHARE_TOKEN = 100_000;

/** What a share link carries besides the view (which is the URL path itself). */
export interface SharedDecision {
  profile: Profile;
  method: Method;
  compared: string[];
}

const payloadSchema = z.strictObject({
  profile: z.unknown(),
  method: z.enum(methods),
  compared: z.array(z.string()).check(z.maxLength(4)),
});

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
  return `${SHARE_VERSION}.${toBase64Url(JSON.stringify({ profile, method: decision.method, compared: decision.compared }))}`;
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
  return {
    ok: true,
    decision: { profile: profile.profile, method: payload.data.method, compared: payload.data.compared },
  };
}
