import { useId, useMemo, useState } from 'react';
import { caseStudySpec, markDifferences, stackSpec, type Diagram } from '@/domain/diagram';
import { buildDiagram } from '@/words/diagram-texts';
import type { Stack } from '@/domain/stack';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { format, useLanguage, useLocalize, useMessages } from '@/ui';
// Not in the ui barrel: diagrams are their own chunk, loaded only by the views that draw them.
import { ArchitectureDiagram } from '@/ui/architecture-diagram';
import { diagramMessages } from './diagram-messages';
import { pickIds } from './stack-ids';

const countDiffs = (d: Diagram): number =>
  [d.network, d.orchestrator, d.discovery, d.operations].filter((b) => b?.diff).length +
  (d.boundary.diff ? 1 : 0) +
  d.flows.reduce((n, f) => n + f.steps.filter((s) => s.diff).length, 0);

/** The stack drawn as an architecture, optionally beside a company's with the differences marked. */
export function StackDiagramSection({ stack }: { stack: Stack }) {
  const t = useMessages(diagramMessages);
  const { kb } = useKnowledge();
  const language = useLanguage();
  const localize = useLocalize();
  const profile = useProfile();
  const selectId = useId();
  const [companyId, setCompanyId] = useState('');
  const study = kb.caseStudies.find((s) => s.id === companyId);
  const mine = useMemo(
    () =>
      buildDiagram(
        kb,
        stackSpec(
          t.diagramTitle,
          stack.picks.map((p) => ({ category: p.category, ids: pickIds(p) })),
          profile.environment.hosts,
        ),
        language,
      ),
    [kb, stack, profile.environment.hosts, language, t.diagramTitle],
  );
  const theirs = useMemo(
    () => (study ? buildDiagram(kb, caseStudySpec(study, language), language) : undefined),
    [kb, study, language],
  );
  const left = theirs ? markDifferences(mine, theirs) : mine;
  const right = theirs ? markDifferences(theirs, mine) : undefined;
  return (
    <section aria-labelledby="stack-diagram" className="stack-diagram">
      <h2 id="stack-diagram">{t.diagramHeading}</h2>
      <p className="muted">{t.diagramHint}</p>
      <p>
        <label htmlFor={selectId}>{t.compareLabel}</label>{' '}
        <select id={selectId} value={companyId} onChange={(e) => setCompanyId(e.target.value)}>
          <option value="">{t.compareNone}</option>
          {kb.caseStudies.map((s) => (
            <option key={s.id} value={s.id}>
              {localize(s.company)}
            </option>
          ))}
        </select>
      </p>
      {right ? (
        <p className="muted">
          {t.compareHint} {format(t.differences, { count: countDiffs(left) })}
        </p>
      ) : null}
      <div className={right ? 'stack-diagram-pair' : undefined}>
        <ArchitectureDiagram diagram={left} fileName="stack-architecture" />
        {right && study ? (
          <ArchitectureDiagram diagram={right} fileName={`${study.id}-architecture`} />
        ) : null}
      </div>
    </section>
  );
}
