import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  decodeShare,
  encodeShare,
  MAX_SHARED_OVERLAY_TEXT,
  overlayUrlProblem,
  type SharedDecision,
} from '../../src/domain/profile';
import { profileSchema } from '../../src/domain/schemas';

// A share link may name a knowledge overlay by address or carry a small one inline; only the
// shape is checked when the link is decoded, the content later against the knowledge base.

const kb = readKnowledge();
const profile = profileSchema.parse({
  version: 1,
  environment: { orchestrator: 'kubernetes', bgp: true },
  weights: { throughput: 5 },
  mustHave: [],
});
const example = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const encode = (payload: unknown) => `1.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
const payload = (overlay: unknown) => encode({ profile, method: 'weighted', compared: [], overlay });

describe('share links with a knowledge overlay', () => {
  it.each<[string, SharedDecision['overlay']]>([
    ['by https address', { url: 'https://teams.example.org/platform/acme-dc.overlay.json' }],
    ['by http address on this machine', { url: 'http://127.0.0.1:8080/acme.json' }],
    ['by http address on localhost', { url: 'http://localhost/acme.json' }],
    ['inline', { text: example }],
  ])('round-trips an overlay %s', (_how, overlay) => {
    const decision: SharedDecision = { profile, method: 'topsis', compared: ['calico-bgp'], overlay };
    const token = encodeShare(decision);
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    const decoded = decodeShare(token, kb);
    expect(decoded).toStrictEqual({ ok: true, decision });
  });

  it('encodes a link without an overlay exactly as before, and decodes it without one', () => {
    const token = encodeShare({ profile, method: 'weighted', compared: [] });
    expect(token).toBe(encode({ profile, method: 'weighted', compared: [] }));
    const decoded = decodeShare(token, kb);
    expect(decoded).toStrictEqual({ ok: true, decision: { profile, method: 'weighted', compared: [] } });
    expect(decoded.ok && 'overlay' in decoded.decision).toBe(false);
  });

  it.each<[string, unknown, string]>([
    ['an ftp address', { url: 'ftp://x' }, 'overlay.url: only https addresses'],
    ['an http address elsewhere', { url: 'http://example.org/o.json' }, 'overlay.url: only https addresses'],
    ['a relative address', { url: '/o.json' }, 'overlay.url: not an absolute address (value: "/o.json")'],
    ['a javascript: address', { url: 'javascript:alert(1)' }, 'overlay.url: only https addresses'],
    [
      'an address with a password',
      { url: 'https://u:p@example.org/o.json' },
      'overlay.url: an address may not carry a user name or password',
    ],
    [
      'a too long address',
      { url: `https://example.org/${'a'.repeat(2000)}` },
      'overlay.url: too long (value: 2020 characters, limit 2000)',
    ],
    ['a number for the address', { url: 7 }, 'overlay.url: expected a string (value: 7)'],
    [
      'a too large inline overlay',
      { text: ' '.repeat(MAX_SHARED_OVERLAY_TEXT) + '{}' },
      'overlay.text: too large to carry in a link (value: 20002 characters, limit 20000)',
    ],
    ['an empty inline overlay', { text: '  ' }, 'overlay.text: empty'],
    ['both forms', { url: 'https://example.org/o.json', text: '{}' }, 'overlay: expected exactly one of'],
    ['neither form', {}, 'overlay: expected exactly one of'],
    ['an unknown field', { href: 'https://example.org' }, 'overlay.href: unknown field'],
    ['a string', 'https://example.org/o.json', 'overlay: expected an object with "url" or "text"'],
    ['null', null, 'overlay: expected an object with "url" or "text" (value: null)'],
  ])('refuses %s, naming the field and the value', (_name, overlay, problem) => {
    const decoded = decodeShare(payload(overlay), kb);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toContain(problem);
  });

  it('names the value of a refused address', () => {
    expect(decodeShare(payload({ url: 'ftp://x' }), kb)).toEqual({
      ok: false,
      problems: ['overlay.url: only https addresses, or http to localhost or 127.0.0.1 (value: "ftp://x")'],
    });
  });

  it('will not encode an overlay a link could not carry', () => {
    expect(() =>
      encodeShare({ profile, method: 'weighted', compared: [], overlay: { url: 'http://example.org/' } }),
    ).toThrow(/overlay\.url: only https/);
    expect(() =>
      encodeShare({
        profile,
        method: 'weighted',
        compared: [],
        overlay: { text: 'x'.repeat(MAX_SHARED_OVERLAY_TEXT + 1) },
      }),
    ).toThrow(/overlay\.text: too large/);
  });

  it('accepts https and local http addresses only', () => {
    expect(overlayUrlProblem('https://example.org/o.json')).toBeUndefined();
    expect(overlayUrlProblem('http://localhost:5173/o.json')).toBeUndefined();
    expect(overlayUrlProblem('http://127.0.0.1:1/o.json')).toBeUndefined();
    expect(overlayUrlProblem('http://127.0.0.2/o.json')).toMatch(/only https/);
    expect(overlayUrlProblem('data:application/json,{}')).toMatch(/only https/);
  });

  it('leaves the overlay content to be checked later', () => {
    const decoded = decodeShare(payload({ text: 'not json at all' }), kb);
    expect(decoded.ok && decoded.decision.overlay).toEqual({ text: 'not json at all' });
  });
});
