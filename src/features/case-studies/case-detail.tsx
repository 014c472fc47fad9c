import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, SourcedList, useLocalize, useMessages } from '@/ui';
import { caseMessages } from './messages';
import { ScaleFigures } from './scale-figures';
import { SimilarityExplanation } from './similarity-explanation';
import { StackDiagram } from './stack-diagram';
import { useCaseSimilarities } from './use-case-similarity';

export function CaseDetail({ id }: { id: string }) {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const localize = useLocalize();
  const similarities = useCaseSimilarities();
  const study = kb.caseStudies.find((s) => s.id === id);
  const back = (
    <p className="case-studies-back no-print">
      <Link to={routes.caseStudies()}>{t.back}</Link>
    </p>
  );
  if (!study) {
    return (
      <div className="case-studies">
        {back}
        <h1>{t.notFound}</h1>
        <p>{format(t.notFoundHint, { id })}</p>
      </div>
    );
  }
  return (
    <article className="case-studies case-studies-detail">
      {back}
      <h1>{localize(study.company)}</h1>
      <p className="case-studies-meta muted">
        {localize(study.industry)} · {format(t.reported, { year: study.year })}
      </p>
      <p className="case-studies-lead">{localize(study.summary)}</p>
      <div className="case-studies-columns">
        <StackDiagram study={study} />
        <div className="case-studies-aside">
          <ScaleFigures scale={study.scale} />
          <SimilarityExplanation similarity={similarities.get(study.id)} />
        </div>
      </div>
      <section aria-labelledby="case-lessons">
        <h2 id="case-lessons">{t.lessons}</h2>
        <SourcedList items={study.lessons} empty={t.noLessons} />
      </section>
      <section aria-labelledby="case-problems">
        <h2 id="case-problems">{t.problems}</h2>
        <SourcedList items={study.problems} empty={t.noProblems} />
      </section>
    </article>
  );
}
