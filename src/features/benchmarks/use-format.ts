import { useMemo } from 'react';
import { useLanguage } from '@/ui';

export interface NumberFormats {
  /** A measured value, as precise as sources publish (at most two decimals). */
  value: (n: number) => string;
  /** A percentage given as 0–100+, e.g. 98.7 → "98.7%". */
  percent: (n: number) => string;
}

/** Number formatting in the current UI language. */
export function useFormat(): NumberFormats {
  const language = useLanguage();
  return useMemo(() => {
    const value = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    return { value: (n) => value.format(n), percent: (n) => percent.format(n / 100) };
  }, [language]);
}
