import type { CaseStudy, ScaleFigure } from '@/domain/schemas';
import { SourceCitation, useLanguage, useLocalize, useMessages } from '@/ui';
import { caseMessages } from './messages';
import { figureKinds, headlineText, type Headline } from './scale-text';

/** Every scale figure with its qualifier in words, its note and its source. */
export function ScaleFigures({ scale }: { scale: CaseStudy['scale'] }) {
  const t = useMessages(caseMessages);
  const language = useLanguage();
  const localize = useLocalize();
  const figures: Headline[] = [
    ...figureKinds.flatMap((kind) => {
      const figure: ScaleFigure | undefined = scale[kind];
      return figure ? [{ kind, figure }] : [];
    }),
    ...scale.other.map((o): Headline => ({ kind: 'other', label: o.label, figure: o.figure })),
  ];
  return (
    <section className="case-studies-scale" aria-labelledby="case-studies-scale">
      <h2 id="case-studies-scale">{t.scaleHeading}</h2>
      {figures.length === 0 ? (
        <p className="muted">{t.noFigures}</p>
      ) : (
        <ul className="case-studies-sourced">
          {figures.map((h, i) => (
            <li key={i}>
              <strong>{headlineText(h, t, language, localize)}</strong>
              {h.figure.note && <span className="muted"> — {localize(h.figure.note)}</span>}{' '}
              <SourceCitation source={h.figure.source} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
