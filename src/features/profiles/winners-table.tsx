import type { RankedOption } from '@/domain/scoring';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { useLocalize, useMessages, useOptionName } from '@/ui';
import { profilesMessages } from './messages';
import type { Pair } from './use-pair';

/** Per category, each profile's first option and its score, and whether the two agree. */
export function WinnersTable({ pair }: { pair: Pair }) {
  const t = useMessages(profilesMessages);
  const localize = useLocalize();
  const optionName = useOptionName();
  const { kb } = useKnowledge();
  const cell = (first: RankedOption | undefined) =>
    first ? (
      <>
        <Link to={routes.option(first.id)}>{optionName(first)}</Link> {first.score.toFixed(2)}
      </>
    ) : (
      <span className="muted">{t.nothingFits}</span>
    );
  return (
    <div className="table-scroll">
      <table className="profiles-table">
        <caption>{t.winnersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colCategory}</th>
            <th scope="col">{t.colMine}</th>
            <th scope="col">{t.colOther}</th>
            <th scope="col">{t.colSame}</th>
          </tr>
        </thead>
        <tbody>
          {kb.categories.map((c) => {
            const mine = pair.mine.rankings.get(c.id)?.ranking[0];
            const other = pair.other.rankings.get(c.id)?.ranking[0];
            const same = mine?.id === other?.id;
            return (
              <tr key={c.id} className={same ? undefined : 'profiles-differs'}>
                <th scope="row">
                  <Link to={routes.results(c.id)}>{localize(c.name)}</Link>
                </th>
                <td>{cell(mine)}</td>
                <td>{cell(other)}</td>
                <td>{same ? t.same : <strong>{t.differs}</strong>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
