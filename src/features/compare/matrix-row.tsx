import type { Solution } from '@/domain/schemas';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import type { MatrixRow as Row } from './build-matrix';
import { MatrixCell } from './matrix-cell';
import { messages } from './messages';

interface Props {
  row: Row;
  /** The compared options, in column order (their names label each cell's notes). */
  options: readonly Solution[];
  /** Levels only, and the weight as a tag under the criterion instead of its own column. */
  compact: boolean;
}

export function MatrixRow({ row, options, compact }: Props) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const optionName = useOptionName();
  const criterionName = localize(row.criterion.name);
  return (
    <tr className={row.differs ? 'compare-differs' : undefined}>
      <th scope="row">
        {criterionName}
        {row.differs && <span className="compare-diff-tag">{t.differs}</span>}
        {compact && row.weight > 0 && (
          <span className="compare-diff-tag">{format(t.weightTag, { n: row.weight })}</span>
        )}
      </th>
      {compact ? null : (
        <td className={row.weight > 0 ? 'compare-weight' : 'compare-weight muted'}>{row.weight}</td>
      )}
      {row.cells.map((cell, i) => (
        <MatrixCell
          key={cell.optionId}
          cell={cell}
          criterion={row.criterion.id}
          compact={compact}
          place={`${optionName(options[i] ?? cell.optionId)}, ${criterionName}`}
        />
      ))}
    </tr>
  );
}
