import { useMemo } from 'react';
import { pairingsAmong, type Stack } from '@/domain/stack';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { diagramMessages } from './diagram-messages';
import { pickIds } from './stack-ids';

/** Case studies that ran two of the stack's options together: evidence that the pair works. */
export function PairingsList({ stack }: { stack: Stack }) {
  const t = useMessages(diagramMessages);
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const pairings = useMemo(() => pairingsAmong(kb, stack.picks.flatMap(pickIds)), [kb, stack]);
  const name = useOptionName();
  return (
    <section aria-labelledby="stack-pairings">
      <h2 id="stack-pairings">{t.pairingsHeading}</h2>
      <p className="muted">{t.pairingsHint}</p>
      {pairings.length === 0 ? (
        <p>{t.pairingsNone}</p>
      ) : (
        <ul className="stack-pairings">
          {pairings.map((p) => (
            <li key={p.ids.join(' ')}>
              {format(t.pairing, { a: name(p.ids[0]), b: name(p.ids[1]) })}:{' '}
              {p.studies.map((id, i) => {
                const study = kb.caseStudies.find((s) => s.id === id);
                return (
                  <span key={id}>
                    {i > 0 ? ', ' : ''}
                    <Link to={routes.caseStudy(id)}>{study ? localize(study.company) : id}</Link>
                  </span>
                );
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
