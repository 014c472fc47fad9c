import type { StackPick } from '@/domain/stack';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { useLocalize, useMessages, useOptionName } from '@/ui';
import { profilesMessages } from './messages';
import type { Pair, PairSide } from './use-pair';

/** Each profile's best compatible stack, layer by layer, with the stacks' totals. */
export function StacksTable({ pair }: { pair: Pair }) {
  const t = useMessages(profilesMessages);
  const localize = useLocalize();
  const optionName = useOptionName();
  const { kb } = useKnowledge();
  const pickOf = (side: PairSide, category: string) => side.stack?.picks.find((p) => p.category === category);
  const cell = (pick: StackPick | undefined) =>
    pick ? (
      <>
        <Link to={routes.option(pick.option.id)}>{optionName(pick.option)}</Link> {pick.score.toFixed(2)}
        {pick.pinned ? (
          <>
            {' '}
            <span className="badge">{t.chosen}</span>
          </>
        ) : null}
      </>
    ) : (
      <span className="muted">{t.nothingFits}</span>
    );
  return (
    <>
      {pair.mine.choicesHeld ? null : <p className="muted">{t.mineChoicesAside}</p>}
      {pair.other.choicesHeld ? null : <p className="muted">{t.otherChoicesAside}</p>}
      <div className="table-scroll">
        <table className="profiles-table">
          <caption>{t.stackCaption}</caption>
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
              const mine = pickOf(pair.mine, c.id);
              const other = pickOf(pair.other, c.id);
              const same = mine?.option.id === other?.option.id;
              return (
                <tr key={c.id} className={same ? undefined : 'profiles-differs'}>
                  <th scope="row">{localize(c.name)}</th>
                  <td>{cell(mine)}</td>
                  <td>{cell(other)}</td>
                  <td>{same ? t.same : <strong>{t.differs}</strong>}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              <td>{pair.mine.stack?.total.toFixed(2) ?? '—'}</td>
              <td>{pair.other.stack?.total.toFixed(2) ?? '—'}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
