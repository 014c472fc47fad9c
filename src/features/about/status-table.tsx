import {
  format,
  Link,
  routes,
  SourceCitation,
  StatusBadge,
  useLanguage,
  useLocalize,
  useMessages,
} from '@/ui';
import { formatMonth } from '@/ui';
import { aboutMessages } from './messages';
import type { StatusGroup } from './status-filter';

export function StatusTable({ groups }: { groups: readonly StatusGroup[] }) {
  const t = useMessages(aboutMessages);
  const localize = useLocalize();
  const language = useLanguage();
  return (
    <div className="table-scroll">
      <table className="about-status-table">
        <caption className="sr-only">{t.statusCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.optionCol}</th>
            <th scope="col">{t.statusCol}</th>
            <th scope="col">{t.asOfCol}</th>
            <th scope="col">{t.noteCol}</th>
            <th scope="col">{t.sourceCol}</th>
          </tr>
        </thead>
        {groups.map(({ category, options }) => (
          <tbody key={category.id}>
            <tr className="about-group">
              <th scope="rowgroup" colSpan={5}>
                {format(t.groupLabel, { category: localize(category.name), n: options.length })}
              </th>
            </tr>
            {options.map((option) => (
              <tr key={option.id}>
                <th scope="row">
                  <Link to={routes.option(option.id)}>{option.name}</Link>
                </th>
                <td>
                  <StatusBadge state={option.status.state} />
                </td>
                <td className="about-nowrap">
                  <time dateTime={option.status.asOf}>{formatMonth(option.status.asOf, language)}</time>
                </td>
                <td>{localize(option.status.note)}</td>
                <td>
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
