import { describe, expect, it } from 'vitest';
import { encodeShare } from '../../../src/domain/profile';
import { profileSchema } from '../../../src/domain/schemas';
import { parseOther, shareToken } from '../../../src/features/profiles/parse-other';
import { kb } from '../../ui/render-app';

const profile = profileSchema.parse({ version: 1, environment: { l2: true }, weights: { latency: 4 } });
const token = encodeShare({ profile, method: 'topsis', compared: [] });

describe('shareToken', () => {
  it.each<[string, string, string | undefined]>([
    ['a whole link', `https://example.org/advisor/#/results/networking?s=${token}`, token],
    ['a hash with more after it', `#/stack?x=1&s=${token}&y=2`, token],
    ['the bare token', `  ${token}\n`, token],
    ['words', 'see my profile', undefined],
    ['a link without a token', 'https://example.org/#/results/networking', undefined],
  ])('finds the token in %s', (_name, text, expected) => {
    expect(shareToken(text)).toBe(expected);
  });
});

describe('parseOther', () => {
  it('keeps the method a link carries, and none for a profile', () => {
    expect(parseOther(`#/?s=${token}`, kb)).toEqual({
      ok: true,
      other: { profile, method: 'topsis', from: 'link' },
    });
    expect(parseOther(JSON.stringify(profile), kb)).toEqual({
      ok: true,
      other: { profile, method: undefined, from: 'file' },
    });
  });

  it('lists what is wrong with a bad profile', () => {
    expect(parseOther('{"version": 2}', kb)).toMatchInlineSnapshot(`
      {
        "kind": "invalid",
        "ok": false,
        "problems": [
          "version: Invalid input: expected 1 (value: 2)",
        ],
      }
    `);
    expect(parseOther('{"version": 1,', kb)).toMatchObject({ ok: false, kind: 'invalid' });
  });
});
