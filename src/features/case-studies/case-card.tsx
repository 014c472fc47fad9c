import type { CaseSimilarity } from '@/domain/cases';
import type { CaseStudy } from '@/domain/schemas';
import { Link, routes } from '@/routing';
import { format, useLanguage, useLocalize, useMessages } from '@/ui';
import { caseMessages } from './messages';
import { OptionChips } from './option-chips';
import { headlineFigure, headlineText } from './scale-text';
import { SimilaritySummary } from './similarity-summary';

/** One company: its summary, headline figure, options and, when the profile states something, its similarity. */
export function CaseCard({
  study,
  similarity,
}: {
  study: CaseStudy;
  similarity: CaseSimilarity | undefined;
}) {
  const t = useMessages(caseMessages);
  const language = useLanguage();
  const localize = useLocalize();
  const options = [...new Set(study.stack.flatMap((l) => l.options))];
  const headline = headlineFigure(study);
  return (
    <li className="case-studies-card">
      <h2>
        <Link to={routes.caseStudy(study.id)}>{localize(study.company)}</Link>
      </h2>
      <p className="case-studies-meta muted">
        {localize(study.industry)} · {format(t.reported, { year: study.year })}
      </p>
      <p className="case-studies-summary">{localize(study.summary)}</p>
      <p className="case-studies-figure">
        {headline ? (
          format(t.scaleFigure, { figure: headlineText(headline, t, language, localize) })
        ) : (
          <span className="muted">{t.noScale}</span>
        )}
      </p>
      {options.length > 0 ? (
        <OptionChips ids={options} label={t.optionsUsed} />
      ) : (
        <p className="muted">{t.noOptions}</p>
      )}
      {similarity && <SimilaritySummary similarity={similarity} />}
    </li>
  );
}
