import { describeReason, type ExcludedOption } from '@/domain/scoring';
import { Link, routes, useKnowledge, useLanguage, useMessages } from '@/ui';
import { resultsMessages } from './messages';

/** Options the environment rules out, each with the engine's sourced reasons. */
export function ExcludedList({ excluded }: { excluded: readonly ExcludedOption[] }) {
  const { kb } = useKnowledge();
  const language = useLanguage();
  const t = useMessages(resultsMessages);
  return (
    <section aria-labelledby="results-excluded">
      <h2 id="results-excluded">{t.excludedHeading}</h2>
      {excluded.length === 0 ? (
        <p className="muted">{t.noneExcluded}</p>
      ) : (
        <ul className="results-excluded">
          {excluded.map((option) => (
            <li key={option.id}>
              <Link to={routes.option(option.id)}>{option.name}</Link>
              <ul>
                {option.reasons.map((reason, i) => (
                  <li key={i}>{describeReason(kb, reason, language)}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
