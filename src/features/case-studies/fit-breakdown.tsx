import type { CaseStudy, CategoryId } from '@/domain/schemas';
import { describeReason } from '@/domain/scoring';
import type { CaseFit } from '@/domain/stack/case-fit';
import { format, Link, routes, ScoreBar, useKnowledge, useLanguage, useLocalize, useMessages } from '@/ui';
import { layerFitText } from './fit-text';
import { orderLayers } from './layer-order';
import { caseMessages } from './messages';
import { useHasWeights } from './use-case-fits';

/** Why the study fits the profile as it does: each layer's best option and its place in our ranking. */
export function FitBreakdown({ study, fit }: { study: CaseStudy; fit: CaseFit | undefined }) {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const language = useLanguage();
  const localize = useLocalize();
  const hasWeights = useHasWeights();
  const categoryName = (id: CategoryId) => {
    const category = kb.categories.find((c) => c.id === id);
    return category ? localize(category.name) : id;
  };
  const skipped = [
    ...new Set(
      orderLayers(study.stack)
        .filter((l) => l.options.length === 0)
        .map((l) => l.category),
    ),
  ];
  return (
    <section className="case-studies-fit-section" aria-labelledby="case-studies-fit">
      <h2 id="case-studies-fit">{t.fit}</h2>
      {fit?.fit === undefined ? (
        <p>{t.fitUnknown}</p>
      ) : (
        <>
          <p>
            <ScoreBar score={fit.fit} label={t.fit} />
          </p>
          <p className="muted">{t.fitIntro}</p>
          <ul className="case-studies-fit-layers">
            {fit.layers.map((layer) => {
              const category = categoryName(layer.category);
              const option = kb.optionById.get(layer.optionId)?.name ?? layer.optionId;
              return (
                <li key={layer.category} className={layer.excluded ? 'unmet' : undefined}>
                  {layerFitText(layer, { option, category }, t, language)}
                  {layer.reasons.length > 0 && (
                    <ul>
                      {layer.reasons.map((reason, i) => (
                        <li key={i}>{describeReason(kb, reason, language)}</li>
                      ))}
                    </ul>
                  )}{' '}
                  <Link to={routes.results(layer.category)}>{format(t.seeRanking, { category })}</Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {skipped.length > 0 && (
        <p className="muted">{format(t.fitSkipped, { categories: skipped.map(categoryName).join(', ') })}</p>
      )}
      {!hasWeights && (
        <p>
          {t.fitEqual} <Link to={routes.questionnaire()}>{t.setProfile}</Link>
        </p>
      )}
    </section>
  );
}
