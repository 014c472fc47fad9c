import { Link, routes } from '@/routing';
import {
  format,
  SourceCitation,
  StatusBadge,
  useLanguage,
  useLocalize,
  useMessages,
  useOptionName,
  StackedTableHead,
} from '@/ui';
import { formatMonth } from '@/ui';
import { aboutMessages } from './messages';
import type { StatusGroup } from './status-filter';

export function StatusTable({ groups }: { groups: readonly StatusGroup[] }) {
  const t = useMessages(aboutMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const optionName = useOptionName();
  return (
    <div className="table-scroll">
      {/* Explicit roles keep the table semantics when narrow screens restyle it as stacked blocks. */}
      <table className="about-status-table" role="table">
        <caption className="sr-only">{t.statusCaption}</caption>
        <StackedTableHead labels={[t.optionCol, t.statusCol, t.asOfCol, t.noteCol, t.sourceCol]} />
        {groups.map(({ category, options }) => (
          <tbody key={category.id} role="rowgroup">
            <tr className="about-group" role="row">
              <th scope="rowgroup" colSpan={5} role="rowheader">
                {format(t.groupLabel, { category: localize(category.name), n: options.length })}
              </th>
            </tr>
            {options.map((option) => (
              <tr key={option.id} role="row">
                <th scope="row" role="rowheader">
                  <Link to={routes.option(option.id)}>{optionName(option)}</Link>
                </th>
                <td role="cell" className="about-nowrap">
                  <StatusBadge state={option.status.state} />
                </td>
                <td role="cell" className="about-nowrap">
                  {option.status.asOf ? (
                    <time dateTime={option.status.asOf}>{formatMonth(option.status.asOf, language)}</time>
                  ) : (
                    '—'
                  )}
                </td>
                <td role="cell" className="about-note">
                  {localize(option.status.note)}
                </td>
                <td role="cell" className="about-cite">
                  <SourceCitation source={option.status.source} />
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
