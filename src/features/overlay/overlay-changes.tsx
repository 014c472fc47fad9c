import { useMemo } from 'react';
import type { Knowledge } from '@/domain/knowledge';
import { factChanges, rankingMoves } from '@/domain/overlay/diff';
import { useProfile } from '@/knowledge-context';
import { useAppStore } from '@/store';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { FactRows } from './fact-rows';
import { overlayMessages } from './messages';

/** Each fact the applied overlay sets, before and after, and the rankings it moves for this profile. */
export function OverlayChanges({ base, overlaid }: { base: Knowledge; overlaid: Knowledge }) {
  const t = useMessages(overlayMessages);
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const name = useOptionName();
  const localize = useLocalize();
  const changes = useMemo(() => factChanges(base, overlaid, profile), [base, overlaid, profile]);
  const moves = useMemo(
    () => rankingMoves(base, overlaid, profile, method),
    [base, overlaid, profile, method],
  );
  const place = (n: number | undefined) => (n === undefined ? t.unranked : `#${n}`);
  const categoryName = (id: string) => {
    const found = overlaid.categories.find((c) => c.id === id);
    return found ? localize(found.name) : id;
  };
  return (
    <>
      <section aria-labelledby="overlay-changes">
        <h2 id="overlay-changes">{t.changesHeading}</h2>
        <div className="table-scroll">
          <table className="overlay-facts">
            <caption>{t.changesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colFact}</th>
                <th scope="col">{t.colBefore}</th>
                <th scope="col">{t.colAfter}</th>
              </tr>
            </thead>
            <tbody>
              <FactRows changes={changes} />
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="overlay-moves">
        <h2 id="overlay-moves">{t.movesHeading}</h2>
        {moves.length === 0 ? <p>{t.movesNone}</p> : null}
        {moves.map((m) => (
          <div key={m.category} className="overlay-moves">
            <h3>
              {m.winnerBefore === m.winnerAfter
                ? format(t.sameWinner, {
                    category: categoryName(m.category),
                    winner: name(m.winnerAfter ?? ''),
                  })
                : format(t.winner, {
                    category: categoryName(m.category),
                    before: m.winnerBefore ? name(m.winnerBefore) : t.unranked,
                    after: m.winnerAfter ? name(m.winnerAfter) : t.unranked,
                  })}
            </h3>
            <ul>
              {m.moves.map((move) => (
                <li key={move.option}>
                  {format(t.move, {
                    option: name(move.option),
                    before: place(move.before),
                    after: place(move.after),
                  })}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </>
  );
}
