import { memo } from 'react';
import { type ExcludedOption, type ExclusionReason } from '@/domain/scoring';
import { describeReason } from '@/words';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { OverlayMark, useLanguage, useMessages, useOptionName } from '@/ui';
import { resultsMessages } from './messages';
import { optionFacts } from '@/domain/overlay/cell-facts';

const causes = [
  'environment',
  'pluginModel',
  'mustHave',
  'lifecycle',
] as const satisfies readonly ExclusionReason['kind'][];
const heading = {
  environment: 'causeEnvironment',
  pluginModel: 'causePluginModel',
  mustHave: 'causeMustHave',
  lifecycle: 'causeLifecycle',
} as const;

/**
 * Options ruled out, grouped by cause (an option with several causes appears under its first), each
 * with sourced reasons. Memoised: it is given the deferred ranking and need not re-render with the
 * urgent one.
 */
export const ExcludedList = memo(function ExcludedList({
  excluded,
}: {
  excluded: readonly ExcludedOption[];
}) {
  const { kb } = useKnowledge();
  const language = useLanguage();
  const t = useMessages(resultsMessages);
  const optionName = useOptionName();
  const groups = causes
    .map((cause) => ({
      cause,
      options: excluded.filter((o) => causes.find((c) => o.reasons.some((r) => r.kind === c)) === cause),
    }))
    .filter((g) => g.options.length > 0);
  return (
    <section className="results-deferred" aria-labelledby="results-excluded">
      <h2 id="results-excluded">{t.excludedHeading}</h2>
      {excluded.length === 0 ? <p className="muted">{t.noneExcluded}</p> : null}
      {groups.map(({ cause, options }) => (
        <section key={cause} aria-label={t[heading[cause]]}>
          <h3>{t[heading[cause]]}</h3>
          <ul className="results-excluded">
            {options.map((option) => (
              <li key={option.id}>
                <Link to={routes.option(option.id)}>{optionName(option)}</Link>
                <OverlayMark facts={optionFacts(kb, option.id)} />
                <ul>
                  {option.reasons.map((reason, i) => (
                    <li key={i}>{describeReason(kb, reason, language, true)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
});
