import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare } from '../../../src/domain/profile';
import { profileSchema } from '../../../src/domain/schemas';
import { parseImport } from '../../../src/features/decision/parse-import';
import { shareUrl, type ShareTarget } from '../../../src/features/decision/share-url';
import { kb } from '../../ui/render-app';

const problems = (text: string) => {
  const result = parseImport(text, kb);
  return result.ok ? [] : result.problems;
};

describe('parseImport', () => {
  it.each<[string, string, string[]]>([
    [
      'bad weight and unknown id together',
      '{"version":1,"weights":{"throughput":9,"speed":2}}',
      [
        'weights.throughput: Too big: expected number to be <=5 (value: 9)',
        'weights.speed: unknown criterion id (value: 2)',
      ],
    ],
    [
      'unknown must-have keeps its index next to a malformed one',
      '{"version":1,"mustHave":[3,"magic"]}',
      [
        'mustHave[0]: Invalid input: expected string, received number (value: 3)',
        'mustHave[1]: unknown criterion id (value: "magic")',
      ],
    ],
    [
      'unknown ids only',
      '{"version":1,"weights":{"speed":2}}',
      ['weights.speed: unknown criterion id (value: 2)'],
    ],
    ['wrong version', '{"version":2}', ['version: Invalid input: expected 1 (value: 2)']],
    ['not an object', '[]', ['(root): Invalid input: expected object, received array (value: [])']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('reports invalid JSON with the parser message', () => {
    expect(problems('{"version": 1,')).toEqual([expect.stringMatching(/^invalid JSON: \S/)]);
  });

  it('accepts a valid profile as parseProfile does', () => {
    expect(parseImport('{"version":1,"weights":{"throughput":5},"mustHave":["crossHost"]}', kb)).toEqual({
      ok: true,
      profile: profileSchema.parse({ version: 1, weights: { throughput: 5 }, mustHave: ['crossHost'] }),
    });
  });
});

describe('shareUrl', () => {
  const profile = profileSchema.parse({
    version: 1,
    environment: { bgp: false },
    weights: { throughput: 3 },
  });
  const token = encodeShare({ profile, method: 'weighted', compared: [] });

  it.each<[ShareTarget, string]>([
    ['networking', 'https://example.org/app/#/results/networking?s='],
    ['service-discovery', 'https://example.org/app/#/results/service-discovery?s='],
    ['compare', 'https://example.org/app/#/compare?s='],
  ])('opens %s', (target, prefix) => {
    const url = shareUrl('https://example.org/app/', target, token);
    expect(url.startsWith(prefix)).toBe(true);
    const back = decodeShare(new URLSearchParams(url.split('?')[1]).get('s') ?? '', kb);
    expect(back.ok && back.decision.profile).toEqual(profile);
  });
});
