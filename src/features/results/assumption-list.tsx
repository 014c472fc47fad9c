import { memo } from 'react';
import { type Assumption } from '@/domain/scoring';
import { describeAssumption } from '@/words';
import { useKnowledge } from '@/knowledge-context';
import { useLanguage, useMessages } from '@/ui';
import { resultsMessages } from './messages';

/** What the ranking took for granted; memoised, as it is given the deferred ranking. */
export const AssumptionList = memo(function AssumptionList({
  assumptions,
}: {
  assumptions: readonly Assumption[];
}) {
  const language = useLanguage();
  const t = useMessages(resultsMessages);
  const { kb } = useKnowledge();
  return (
    <section className="results-deferred" aria-labelledby="results-assumptions">
      <h2 id="results-assumptions">{t.assumptionsHeading}</h2>
      {assumptions.length === 0 ? (
        <p className="muted">{t.noAssumptions}</p>
      ) : (
        <ul className="results-assumptions">
          {assumptions.map((a, i) => (
            <li key={i}>{describeAssumption(a, language, kb)}</li>
          ))}
        </ul>
      )}
    </section>
  );
});
