import { useMemo } from 'react';
import type { Language } from '@/domain/schemas';
import { format, useLanguage } from './i18n';

/**
 * The forms a counted phrase takes in each language, named after the categories
 * Intl.PluralRules gives for whole numbers: English "1 option" / "2 options"; Chinese does not
 * inflect; Russian one (1, 21, 101 вариант), few (2–4, 22–24 варианта) and many (0, 5–20,
 * 25–30 вариантов). `{n}` stands for the count.
 */
export interface PluralForms {
  en: { one: string; other: string };
  zh: { other: string };
  ru: { one: string; few: string; many: string };
}

/** A feature's counted phrases: every language has exactly the keys English has, in its own forms. */
export type Plurals<T extends Record<string, PluralForms['en']>> = {
  en: T;
  zh: { [K in keyof T]: PluralForms['zh'] };
  ru: { [K in keyof T]: PluralForms['ru'] };
};

export const definePlurals = <T extends Record<string, PluralForms['en']>>(plurals: Plurals<T>): Plurals<T> =>
  plurals;

/**
 * A counted phrase in one language; `values` fill its other placeholders, and may give `n` to show
 * the count otherwise ("at least 100,000") while the count still picks the form.
 */
export type Count = (n: number, values?: Record<string, string | number>) => string;
export type Counted<T> = { readonly [K in keyof T]: Count };

const locales: Record<Language, string> = { en: 'en', zh: 'zh-CN', ru: 'ru' };
const rules = new Map<Language, Intl.PluralRules>();
const numbers = new Map<Language, Intl.NumberFormat>();

function rulesFor(language: Language): Intl.PluralRules {
  let rule = rules.get(language);
  if (!rule) rules.set(language, (rule = new Intl.PluralRules(locales[language])));
  return rule;
}

/** A count in the language's digits and grouping: "10,000", "10 000". */
export function formatCount(n: number, language: Language): string {
  let number = numbers.get(language);
  if (!number) numbers.set(language, (number = new Intl.NumberFormat(locales[language])));
  return number.format(n);
}

function formFor(forms: PluralForms[Language], category: Intl.LDMLPluralRule): string {
  // Russian fractions (category "other": 1,5 варианта) take the genitive singular, the few form.
  if ('few' in forms) return category === 'one' ? forms.one : category === 'many' ? forms.many : forms.few;
  if ('one' in forms) return category === 'one' ? forms.one : forms.other;
  return forms.other;
}

/** "21 вариант", "22 варианта", "25 вариантов": the phrase for `n` with `{n}` filled in. */
export function plural(
  forms: PluralForms[Language],
  n: number,
  language: Language,
  values: Record<string, string | number> = {},
): string {
  return format(formFor(forms, rulesFor(language).select(n)), { n: formatCount(n, language), ...values });
}

/** The phrases of `plurals` in `language`, for code outside components (and tests). */
export function countedIn<T extends Record<string, PluralForms['en']>>(
  plurals: Plurals<T>,
  language: Language,
): Counted<T> {
  const forms: Record<string, PluralForms[Language]> = plurals[language];
  return Object.fromEntries(
    Object.entries(forms).map(([key, f]) => [
      key,
      (n: number, values?: Record<string, string | number>) => plural(f, n, language, values),
    ]),
  ) as Counted<T>;
}

/** The phrases of `plurals` in the current language: `count.options(74)` → "74 варианта". */
export function usePlurals<T extends Record<string, PluralForms['en']>>(plurals: Plurals<T>): Counted<T> {
  const language = useLanguage();
  return useMemo(() => countedIn(plurals, language), [plurals, language]);
}
