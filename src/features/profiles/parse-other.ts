import type { Knowledge } from '@/domain/knowledge';
import { decodeShare, parseProfileJson } from '@/domain/profile';
import type { OtherProfile } from '@/store';

export type OtherResult =
  | { ok: true; other: OtherProfile }
  | { ok: false; kind: 'noLink' }
  | { ok: false; kind: 'invalid'; problems: string[] };

/** The share token in a pasted link (`…?s=1.xxx`), or the bare token itself. */
export function shareToken(text: string): string | undefined {
  const trimmed = text.trim();
  const inUrl = /[?&]s=([^&#\s]+)/.exec(trimmed)?.[1];
  if (inUrl !== undefined) return inUrl;
  return /^\d+\.\S+$/.test(trimmed) ? trimmed : undefined;
}

/** A profile file's JSON text through the profile boundary (the bounded parser first); nothing is applied here. */
export function parseProfileText(text: string, kb: Knowledge): OtherResult {
  const result = parseProfileJson(text, kb);
  if (!result.ok) return { ok: false, kind: 'invalid', problems: result.problems };
  return { ok: true, other: { profile: result.profile, method: undefined, from: 'file' } };
}

/** Pasted text: a profile as JSON, or a share link (whole URL or token). */
export function parseOther(text: string, kb: Knowledge): OtherResult {
  if (text.trim().startsWith('{')) return parseProfileText(text, kb);
  const token = shareToken(text);
  if (token === undefined) return { ok: false, kind: 'noLink' };
  const result = decodeShare(token, kb);
  if (!result.ok) return { ok: false, kind: 'invalid', problems: result.problems };
  const { profile, method } = result.decision;
  return { ok: true, other: { profile, method, from: 'link' } };
}
