import { Fragment, memo, useMemo } from 'react';
import type { Environment, Profile } from '@/domain/schemas';
import { SCORE_EPSILON, type Ranking } from '@/domain/scoring';
import { whatIf, type WhatIf } from '@/domain/stack';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { resultsMessages } from './messages';

const signed = (delta: number): string =>
  Math.abs(delta) <= SCORE_EPSILON ? '±0.00' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)}`;

/**
 * For the ranked category: every fact that is unknown or false set to true, and every kernel
 * upgrade, with what it would change — the #1 then, the score gained and the options it opens up.
 * Given the ranking and profile of a deferred render (memoised, so the urgent render skips it):
 * re-ranking under every changed answer is more work than the ranking itself.
 */
export const WhatIfSection = memo(function WhatIfSection({
  ranking,
  profile,
}: {
  ranking: Ranking;
  profile: Profile;
}) {
  const t = useMessages(resultsMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const { category, method } = ranking;
  const entries = useMemo(() => whatIf(kb, profile, method, [category]), [kb, profile, method, category]);
  const winnerToday = ranking.ranking[0]?.id ?? null;

  const name = useOptionName();
  const shown = (value: unknown): string =>
    value === undefined ? t.unknown : typeof value === 'boolean' ? (value ? t.yes : t.no) : String(value);
  const fact = (w: WhatIf): string =>
    Object.entries(w.change)
      .map(([path, value]) => {
        const key = path.replace(/^environment\./, '') as keyof Environment;
        const q = kb.environment.questions.find((x) => x.key === key);
        return format(t.whatIfFact, {
          fact: q ? localize(q.label) : key,
          value: shown(value),
          today: shown(profile.environment[key]),
        });
      })
      .join(', ');
  const outcome = (w: WhatIf): string => {
    if (w.winner === null) return t.whatIfNothing;
    const template = w.winner === winnerToday ? t.whatIfStays : t.whatIfWinner;
    return format(template, { winner: name(w.winner), delta: signed(w.scoreDelta) });
  };
  return (
    <section className="results-deferred" aria-labelledby="results-what-if">
      <h2 id="results-what-if">{t.whatIfHeading}</h2>
      <p className="muted">{t.whatIfHint}</p>
      {entries.length === 0 ? (
        <p className="muted">{t.whatIfNone}</p>
      ) : (
        <ul className="results-near-misses">
          {entries.map((w) => (
            <li key={JSON.stringify(w.change)}>
              {fact(w)} {outcome(w)}
              {w.newlyFeasible.length > 0 ? (
                <>
                  {' '}
                  {t.whatIfOpens}{' '}
                  {w.newlyFeasible.map((id, i) => (
                    <Fragment key={id}>
                      {i > 0 ? ', ' : ''}
                      <Link to={routes.option(id)}>{name(id)}</Link>
                    </Fragment>
                  ))}
                  .
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
