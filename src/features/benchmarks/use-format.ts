import type { Language } from '@/domain/schemas';
import { useLanguage } from '@/ui';

export interface NumberFormats {
  /** A measured value, as precise as sources publish (at most two decimals). */
  value: (n: number) => string;
  /** A percentage given as 0–100+, e.g. 98.7 → "98.7%". */
  percent: (n: number) => string;
}

// One pair of formatters per language for the whole page: building an Intl.NumberFormat costs far
// more than using one, and every series would otherwise build its own.
const cache = new Map<Language, NumberFormats>();

function formatsFor(language: Language): NumberFormats {
  const cached = cache.get(language);
  if (cached) return cached;
  const value = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const formats: NumberFormats = { value: (n) => value.format(n), percent: (n) => percent.format(n / 100) };
  cache.set(language, formats);
  return formats;
}

/** Number formatting in the current UI language. */
export function useFormat(): NumberFormats {
  return formatsFor(useLanguage());
}
