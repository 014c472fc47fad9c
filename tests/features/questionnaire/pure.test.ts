import { describe, expect, it } from 'vitest';
import { profileSchema, type Profile } from '../../../src/domain/schemas';
import { countCategory, countProfile } from '../../../src/features/questionnaire/profile-counts';
import { profilesMatch } from '../../../src/features/questionnaire/profile-match';
import { splitCode } from '../../../src/features/questionnaire/split-code';
import { kb } from '../../ui/render-app';

const profile = (p: Partial<Omit<Profile, 'version'>>) => profileSchema.parse({ version: 1, ...p });

describe('splitCode', () => {
  it.each<[string, [string, boolean][]]>([
    ['plain', [['plain', false]]],
    [
      'run `uname -r` now',
      [
        ['run ', false],
        ['uname -r', true],
        [' now', false],
      ],
    ],
    [
      '`a`, `b`',
      [
        ['a', true],
        [', ', false],
        ['b', true],
      ],
    ],
    ['', []],
  ])('%j', (text, expected) => {
    expect(splitCode(text).map((s) => [s.text, s.code])).toEqual(expected);
  });
});

describe('profilesMatch', () => {
  const base = profile({
    environment: { bgp: false },
    weights: { throughput: 5 } as never,
    mustHave: ['crossHost'] as never,
  });

  it.each<[string, Partial<Omit<Profile, 'version'>>, boolean]>([
    [
      'the same profile',
      { environment: { bgp: false }, weights: { throughput: 5 } as never, mustHave: ['crossHost'] as never },
      true,
    ],
    [
      'a zero weight equals a missing one',
      {
        environment: { bgp: false },
        weights: { throughput: 5, latency: 0 } as never,
        mustHave: ['crossHost'] as never,
      },
      true,
    ],
    [
      'a different weight',
      { environment: { bgp: false }, weights: { throughput: 4 } as never, mustHave: ['crossHost'] as never },
      false,
    ],
    [
      'unknown instead of "no"',
      { environment: {}, weights: { throughput: 5 } as never, mustHave: ['crossHost'] as never },
      false,
    ],
    [
      'an extra environment answer',
      {
        environment: { bgp: false, l2: true },
        weights: { throughput: 5 } as never,
        mustHave: ['crossHost'] as never,
      },
      false,
    ],
    [
      'no must-have',
      { environment: { bgp: false }, weights: { throughput: 5 } as never, mustHave: [] },
      false,
    ],
  ])('%s', (_, other, expected) => {
    expect(profilesMatch(base, profile(other))).toBe(expected);
    expect(profilesMatch(profile(other), base)).toBe(expected);
  });

  it('every preset matches only itself', () => {
    for (const a of kb.presets) {
      expect(kb.presets.filter((b) => profilesMatch(a.profile, b.profile)).map((b) => b.id)).toEqual([a.id]);
    }
  });
});

describe('counts', () => {
  it('counts weighted criteria, must-haves and known facts', () => {
    const p = profile({
      environment: { bgp: false, kernel: '4.19' },
      weights: { throughput: 5, latency: 0, maturity: 1 } as never,
      mustHave: ['crossHost'] as never,
    });
    expect(countProfile(p)).toEqual({ weighted: 2, mustHave: 1, known: 2 });
    expect(countCategory(kb.criteriaByCategory.get('networking') ?? [], p.weights, p.mustHave)).toEqual({
      weighted: 2,
      mustHave: 1,
    });
    expect(countCategory(kb.criteriaByCategory.get('logging') ?? [], p.weights, p.mustHave)).toEqual({
      weighted: 1,
      mustHave: 0,
    });
  });
});
