import { describe, expect, it } from 'vitest';
import { countedIn, definePlurals, plural, type PluralForms } from '../../src/ui';

const options = definePlurals({
  en: { options: { one: '{n} option', other: '{n} options' } },
  zh: { options: { other: '{n} 个方案' } },
  ru: { options: { one: '{n} вариант', few: '{n} варианта', many: '{n} вариантов' } },
});

describe('plural', () => {
  it.each<[number, string]>([
    [1, '1 вариант'],
    [2, '2 варианта'],
    [5, '5 вариантов'],
    [11, '11 вариантов'],
    [21, '21 вариант'],
    [22, '22 варианта'],
    [25, '25 вариантов'],
    [74, '74 варианта'],
    [0, '0 вариантов'],
  ])('says %i in Russian as "%s"', (n, text) => {
    expect(countedIn(options, 'ru').options(n)).toBe(text);
  });

  it.each<[number, string]>([
    [1, '1 option'],
    [2, '2 options'],
    [0, '0 options'],
    [21, '21 options'],
  ])('says %i in English as "%s"', (n, text) => {
    expect(countedIn(options, 'en').options(n)).toBe(text);
  });

  it('uses the one Chinese form for every count', () => {
    const zh = countedIn(options, 'zh');
    expect([1, 2, 5, 21].map((n) => zh.options(n))).toEqual([
      '1 个方案',
      '2 个方案',
      '5 个方案',
      '21 个方案',
    ]);
  });

  it('groups digits the way each language does', () => {
    expect(countedIn(options, 'en').options(10000)).toBe('10,000 options');
    expect(countedIn(options, 'ru').options(10000)).toBe('10\u00a0000 вариантов');
  });

  it('gives a Russian fraction the genitive singular', () => {
    expect(countedIn(options, 'ru').options(1.5)).toBe('1,5 варианта');
  });

  it('fills the other placeholders, and lets the caller word the count while it still picks the form', () => {
    const shown: PluralForms['ru'] = {
      one: '{shown} из {n} варианта',
      few: '{shown} из {n} вариантов',
      many: '{shown} из {n} вариантов',
    };
    expect(plural(shown, 21, 'ru', { shown: 3 })).toBe('3 из 21 варианта');
    expect(plural(shown, 22, 'ru', { shown: 3 })).toBe('3 из 22 вариантов');
    expect(plural(options.ru.options, 3, 'ru', { n: 'не менее 3' })).toBe('не менее 3 варианта');
  });
});
