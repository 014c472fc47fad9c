import type { Language } from '@/domain/schemas';
import type { LayerFit } from '@/domain/stack/case-fit';
import { format } from '@/ui';
import type { CaseText } from './messages';

const suffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function englishOrdinal(n: number): string {
  return `${n}${suffixes[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)] ?? 'th'}`;
}

/** One line of the fit breakdown, e.g. "Calico BGP ranks 2nd of 9 in Networking for your profile (score 0.712)." */
export function layerFitText(
  layer: LayerFit,
  names: { option: string; category: string },
  t: CaseText,
  language: Language,
): string {
  if (layer.excluded) return format(t.fitExcluded, names);
  const n = layer.position ?? 0;
  return format(t.fitRanks, {
    ...names,
    n,
    place: language === 'en' ? englishOrdinal(n) : String(n),
    count: layer.feasible,
    score: layer.score.toFixed(3),
  });
}
