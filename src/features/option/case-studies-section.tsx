import { overlaidFact } from '@/domain/overlay/applied';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, OverlayMark, useLocalize, useMessages } from '@/ui';
import { optionMessages } from './messages';
import { caseStudiesUsing } from './option-facts';

export function CaseStudiesSection({ id }: { id: string }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const cases = caseStudiesUsing(kb.caseStudies, id);
  return (
    <section aria-labelledby="option-cases">
      <h2 id="option-cases">{t.casesHeading}</h2>
      {cases.length === 0 ? (
        <p>{t.noCases}</p>
      ) : (
        <ul>
          {cases.map((c) => {
            const fact = overlaidFact(kb.overlay, 'case-study', c.id);
            return (
              <li key={c.id}>
                <Link to={routes.caseStudy(c.id)}>
                  {format(t.caseLine, {
                    company: localize(c.company),
                    year: c.year,
                    industry: localize(c.industry),
                  })}
                </Link>
                <OverlayMark facts={fact ? [fact] : []} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
