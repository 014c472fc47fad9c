/**
 * The header of a table that narrow screens restyle as stacked blocks: explicit roles keep the
 * table semantics when CSS changes the display.
 */
export function StackedTableHead({ labels }: { labels: readonly string[] }) {
  return (
    <thead role="rowgroup">
      <tr role="row">
        {labels.map((label) => (
          <th key={label} scope="col" role="columnheader">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
