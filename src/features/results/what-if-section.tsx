import { Fragment, useMemo } from 'react';
import type { Environment } from '@/domain/schemas';
import { SCORE_EPSILON, type Ranking } from '@/domain/scoring';
import { whatIf, type WhatIf } from '@/domain/stack';
import { useAppStore } from '@/store';
import { format, Link, routes, useKnowledge, useLocalize, useMessages, useProfile } from '@/ui';
import { resultsMessages } from './messages';

const signed = (delta: number): string =>
  Math.abs(delta) <= SCORE_EPSILON ? '±0.00' : `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(2)}`;

/**
 * For the ranked category: every fact that is unknown or false set to true, and every kernel
 * upgrade, with what it would change — the #1 then, the score gained and the options it opens up.
 */
export function WhatIfSection({ ranking }: { ranking: Ranking }) {
  const t = useMessages(resultsMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const { category } = ranking;
  const entries = useMemo(() => whatIf(kb, profile, method, [category]), [kb, profile, method, category]);
  const winnerToday = ranking.ranking[0]?.id ?? null;

  const name = (id: string) => kb.optionById.get(id)?.name ?? id;
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
    <section aria-labelledby="results-what-if">
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
}
