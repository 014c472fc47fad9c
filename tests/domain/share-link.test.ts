import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { decodeShare, encodeShare } from '../../src/domain/profile';
import { profileSchema } from '../../src/domain/schemas';

const kb = readKnowledge();
const profile = profileSchema.parse({
  version: 1,
  environment: { orchestrator: 'kubernetes', bgp: false, kernel: '4.19' },
  weights: { throughput: 5, simplicity: 2, logCollection: 4 },
  mustHave: ['crossHost'],
});

describe('share links', () => {
  it('round-trips the profile, method and comparison', () => {
    const token = encodeShare({ profile, method: 'topsis', compared: ['calico-ipip', 'flannel-vxlan'] });
    expect(token).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(decodeShare(token, kb)).toEqual({
      ok: true,
      decision: { profile, method: 'topsis', compared: ['calico-ipip', 'flannel-vxlan'] },
    });
  });

  it.each<[string, (t: string) => string, string]>([
    ['unknown version', (t) => `2${t.slice(1)}`, 'version: unsupported share link version (value: "2")'],
    [
      'truncated',
      (t) => t.slice(0, t.length - 9),
      '(link): the link is truncated or damaged and cannot be decoded',
    ],
    ['garbage', () => '1.%%%', '(link): the link is truncated or damaged and cannot be decoded'],
  ])('rejects a %s token with a clear problem', (_name, damage, problem) => {
    const token = encodeShare({ profile, method: 'weighted', compared: [] });
    expect(decodeShare(damage(token), kb)).toEqual({ ok: false, problems: [problem] });
  });

  it('validates the carried profile and option ids against the knowledge base', () => {
    const encode = (payload: unknown) => `1.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`;
    expect(
      decodeShare(
        encode({ profile: { version: 1, weights: { throughput: 8 } }, method: 'weighted', compared: [] }),
        kb,
      ),
    ).toEqual({
      ok: false,
      problems: ['profile.weights.throughput: Too big: expected number to be <=5 (value: 8)'],
    });
    expect(decodeShare(encode({ profile, method: 'weighted', compared: ['nope'] }), kb)).toEqual({
      ok: false,
      problems: ['compared: unknown option id (value: "nope")'],
    });
  });
});
