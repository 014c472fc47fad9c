import type { Knowledge } from '../domain/knowledge';
import type { Language } from '../domain/schemas';
import type { MeasuredValue } from '../domain/evidence';

const ruOne = new Intl.PluralRules('ru');

const texts = {
  en: {
    measured: (ratio: string, how: string, low: string, high: string, sources: string) =>
      `measured ${ratio}× the baseline (${how}, range ${low}–${high}; ${sources})`,
    median: (n: number) => (n === 1 ? 'one source' : `median of ${n} sources`),
    ordered: (sources: string) => `placed within its judged level by the order measured in ${sources}`,
    conflict: (sources: string) => `${sources} orders it differently: range widened`,
  },
  zh: {
    measured: (ratio: string, how: string, low: string, high: string, sources: string) =>
      `实测为基线的 ${ratio} 倍（${how}，范围 ${low}–${high}；${sources}）`,
    median: (n: number) => (n === 1 ? '单一来源' : `${n} 个来源的中位数`),
    ordered: (sources: string) => `按 ${sources} 测得的排序在判断等级内微调`,
    conflict: (sources: string) => `${sources} 的排序与此不同：范围已放宽`,
  },
  ru: {
    measured: (ratio: string, how: string, low: string, high: string, sources: string) =>
      `измерено ${ratio}× от эталона (${how}, диапазон ${low}–${high}; ${sources})`,
    // «медиана» takes the genitive: 21 источника, 25 источников.
    median: (n: number) =>
      n === 1 ? 'один источник' : `медиана ${n} ${ruOne.select(n) === 'one' ? 'источника' : 'источников'}`,
    ordered: (sources: string) => `размещено внутри оценённого уровня по порядку из ${sources}`,
    conflict: (sources: string) => `${sources} упорядочивает иначе: диапазон расширен`,
  },
} satisfies Record<Language, unknown>;

const two = (x: number): string => x.toFixed(2);

/** "Title (year)" for each benchmark id, in the reader's language. */
export function benchmarkNames(kb: Knowledge, ids: readonly string[], lang: Language): string {
  return ids
    .map((id) => {
      const b = kb.benchmarks.find((x) => x.id === id);
      return b ? `${b.title[lang]}, ${b.date.slice(0, 4)}` : id;
    })
    .join('; ');
}

/** E.g. "measured 0.93× the baseline (median of 3 sources, range 0.55–0.99; InfraBuilder …, 2024; …)". */
export function describeMeasured(kb: Knowledge, m: MeasuredValue, lang: Language = 'en'): string {
  const t = texts[lang];
  return t.measured(
    two(m.ratio),
    t.median(m.benchmarks.length),
    two(m.ratioLow),
    two(m.ratioHigh),
    benchmarkNames(kb, m.benchmarks, lang),
  );
}

export const describeOrdering = (kb: Knowledge, ids: readonly string[], lang: Language = 'en'): string =>
  texts[lang].ordered(benchmarkNames(kb, ids, lang));

export const describeConflict = (kb: Knowledge, ids: readonly string[], lang: Language = 'en'): string =>
  texts[lang].conflict(benchmarkNames(kb, ids, lang));
