import { describeAssumption, type Assumption } from '@/domain/scoring';
import { useLanguage, useMessages } from '@/ui';
import { resultsMessages } from './messages';

export function AssumptionList({ assumptions }: { assumptions: readonly Assumption[] }) {
  const language = useLanguage();
  const t = useMessages(resultsMessages);
  return (
    <section aria-labelledby="results-assumptions">
      <h2 id="results-assumptions">{t.assumptionsHeading}</h2>
      {assumptions.length === 0 ? (
        <p className="muted">{t.noAssumptions}</p>
      ) : (
        <ul className="results-assumptions">
          {assumptions.map((a) => (
            <li key={a.kind === 'equalWeights' ? a.kind : a.key}>{describeAssumption(a, language)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
