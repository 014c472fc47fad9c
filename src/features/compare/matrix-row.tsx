import { useLocalize, useMessages } from '@/ui';
import type { MatrixRow as Row } from './build-matrix';
import { MatrixCell } from './matrix-cell';
import { messages } from './messages';

export function MatrixRow({ row }: { row: Row }) {
  const t = useMessages(messages);
  const localize = useLocalize();
  return (
    <tr className={row.differs ? 'compare-differs' : undefined}>
      <th scope="row">
        {localize(row.criterion.name)}
        {row.differs && <span className="compare-diff-tag">{t.differs}</span>}
      </th>
      <td className={row.weight > 0 ? 'compare-weight' : 'compare-weight muted'}>{row.weight}</td>
      {row.cells.map((cell) => (
        <MatrixCell key={cell.optionId} cell={cell} />
      ))}
    </tr>
  );
}
