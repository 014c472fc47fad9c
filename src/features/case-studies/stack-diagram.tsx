import { useMemo } from 'react';
import { caseStudySpec } from '@/domain/diagram';
import { buildDiagram } from '@/words/diagram-texts';
import type { CaseStudy } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { SourceCitation, useLanguage, useLocalize, useMessages } from '@/ui';
// Not in the ui barrel: diagrams are their own chunk, loaded only by the views that draw them.
import { ArchitectureDiagram } from '@/ui/architecture-diagram';
import { orderLayers } from './layer-order';
import { caseMessages } from './messages';
import { OptionChips } from './option-chips';

/** The company's reference architecture drawn from its stack and paths, then each layer with its source. */
export function StackDiagram({ study }: { study: CaseStudy }) {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const stack = study.stack;
  const diagram = useMemo(
    () => buildDiagram(kb, caseStudySpec(study, language), language),
    [kb, study, language],
  );
  return (
    <section className="case-studies-stack-section" aria-labelledby="case-studies-stack">
      <h2 id="case-studies-stack">{t.stack}</h2>
      <p className="muted">{t.stackHint}</p>
      <ArchitectureDiagram diagram={diagram} fileName={`${study.id}-architecture`} />
      <ol className="case-studies-stack">
        {orderLayers(stack).map((layer, index) => {
          const category = kb.categories.find((c) => c.id === layer.category);
          const name = category ? localize(category.name) : layer.category;
          const empty = layer.options.length === 0;
          return (
            <li
              key={`${layer.category}-${index}`}
              className={`case-studies-band case-studies-band-${layer.category}${empty ? ' case-studies-band-empty' : ''}`}
            >
              <h3 className="case-studies-band-name">{name}</h3>
              <div className="case-studies-band-body">
                {empty ? (
                  <p className="case-studies-inhouse muted">{t.inHouse}</p>
                ) : (
                  <OptionChips ids={layer.options} label={`${t.optionsUsed}: ${name}`} />
                )}
                <p className="case-studies-band-detail">{localize(layer.detail)}</p>
                <SourceCitation source={layer.source} />
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
