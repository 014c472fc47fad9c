import type { CaseStudy, Language, LocalizedText, ScaleFigure } from '@/domain/schemas';
import { format, formatCount, plural } from '@/ui';
import { casePlurals } from './messages';

export const figureKinds = ['containers', 'hosts', 'apps'] as const;
export type FigureKind = (typeof figureKinds)[number];

/** The wording a figure needs besides its counted noun (from `casePlurals`). */
export type FigureWords = Record<ScaleFigure['qualifier'] | 'otherFigure', string>;

/** "at least 100,000", "about 1,000", "5,000". */
export function qualifiedNumber(figure: ScaleFigure, words: FigureWords, language: Language): string {
  return format(words[figure.qualifier], { n: formatCount(figure.value, language) });
}

/** "at least 100,000 containers", "about 1,000 hosts". */
export function figureText(
  kind: FigureKind,
  figure: ScaleFigure,
  words: FigureWords,
  language: Language,
): string {
  return plural(casePlurals[language][kind], figure.value, language, {
    n: qualifiedNumber(figure, words, language),
  });
}

/** "50 hosts", "1 host": a plain count in the kind's words. */
export function countText(kind: FigureKind, n: number, language: Language): string {
  return plural(casePlurals[language][kind], n, language);
}

export type Headline =
  { kind: FigureKind; figure: ScaleFigure } | { kind: 'other'; label: LocalizedText; figure: ScaleFigure };

/**
 * The figure a card shows: the largest of containers, hosts and apps; only when none is given,
 * the largest other figure (those mix units, e.g. percentages, so they come second).
 */
export function headlineFigure(study: CaseStudy): Headline | undefined {
  const main: Headline[] = figureKinds.flatMap((kind) => {
    const figure = study.scale[kind];
    return figure ? [{ kind, figure }] : [];
  });
  const candidates: Headline[] =
    main.length > 0
      ? main
      : study.scale.other.map((o) => ({ kind: 'other', label: o.label, figure: o.figure }));
  return candidates.reduce<Headline | undefined>(
    (best, c) => (best === undefined || c.figure.value > best.figure.value ? c : best),
    undefined,
  );
}

/** A headline in words, e.g. "at least 100,000 containers" or "Peak container capacity: 8,000". */
export function headlineText(
  headline: Headline,
  words: FigureWords,
  language: Language,
  localize: (text: LocalizedText) => string,
): string {
  if (headline.kind !== 'other') return figureText(headline.kind, headline.figure, words, language);
  return format(words.otherFigure, {
    label: localize(headline.label),
    n: qualifiedNumber(headline.figure, words, language),
  });
}
