import { describe, expect, it } from 'vitest';
import { languages } from '../../src/domain/schemas';
import { percent, recordTexts, signed } from '../../src/words/decision';

/** Every entry of a texts object with its path: strings as they are, functions by their kind. */
const leaves = (value: unknown, path = ''): [string, unknown][] =>
  typeof value === 'string' || typeof value === 'function'
    ? [[path, value]]
    : Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));

describe('decision record texts', () => {
  it('has the same entries in every language, none empty', () => {
    const en = leaves(recordTexts.en).map(([path, v]) => [path, typeof v]);
    for (const language of languages) {
      const all = leaves(recordTexts[language]);
      expect(all.map(([path, v]) => [path, typeof v])).toEqual(en);
      for (const [path, v] of all)
        if (typeof v === 'string') expect(v.trim(), `${language} ${path}`).not.toBe('');
    }
  });

  it.each(languages)('%s: puts every argument into the sentences that take them', (language) => {
    const t = recordTexts[language];
    for (const arg of ['NAME', '11%', '22%', '1,000', '0.100', '0.900'])
      expect(t.confidence('NAME', '11%', '22%', '1,000', '0.100', '0.900')).toContain(arg);
    for (const arg of ['33%', '1,000']) expect(t.pipelineConfidence('33%', '1,000')).toContain(arg);
    expect(t.rankOf(2, 7)).toMatch(/2.*7|7.*2/);
    expect(t.pipelineRankOf(2, 7)).toMatch(/2.*7|7.*2/);
    expect(t.incompatible('A-1', 'B-2')).toMatch(/A-1.*B-2/);
    expect(t.refusedChoice('X-1')).toContain('X-1');
    expect(t.supersededBy('ADR-7')).toContain('ADR-7');
  });

  it('counts Russian options in the genitive: singular after 1, 21, plural otherwise', () => {
    const { rankOf } = recordTexts.ru;
    expect(rankOf(1, 1)).toBe('место 1 из 1 подходящего варианта');
    expect(rankOf(3, 21)).toBe('место 3 из 21 подходящего варианта');
    expect(rankOf(3, 5)).toBe('место 3 из 5 подходящих вариантов');
    expect(rankOf(3, 11)).toBe('место 3 из 11 подходящих вариантов');
  });
});

describe('record numbers', () => {
  it.each<[number, string]>([
    [0, '0%'],
    [0.004, '<1%'],
    [0.005, '1%'],
    [0.5, '50%'],
    [0.994, '99%'],
    [0.996, '>99%'],
    [1, '100%'],
  ])('percent(%f) is %s: never 0%% or 100%% for what merely rounds there', (share, text) => {
    expect(percent(share)).toBe(text);
  });

  it.each<[number, string]>([
    [0, '0.000'],
    [0.0004, '0.000'],
    [-0.0004, '0.000'],
    [0.0172, '+0.017'],
    [-0.5, '−0.500'],
  ])('signed(%f) is %s', (delta, text) => {
    expect(signed(delta)).toBe(text);
  });
});
