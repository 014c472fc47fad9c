import { useState } from 'react';
import type { BenchmarkSeries } from '@/domain/schemas';
import { format, useLocalize, useMessages } from '@/ui';
import { benchmarkMessages } from './messages';
import { ResultLabel } from './result-label';
import type { ChartRow } from './to-chart-data';
import type { NumberFormats } from './use-format';

interface SeriesTableProps {
  series: BenchmarkSeries;
  rows: readonly ChartRow[];
  formats: NumberFormats;
}

/**
 * The chart's textual equivalent: every figure as published, plus our derived percentage. The table
 * is built when first opened: closed, the page's thirty-odd tables only weighed on its opening.
 */
export function SeriesTable({ series, rows, formats }: SeriesTableProps) {
  const t = useMessages(benchmarkMessages);
  const [opened, setOpened] = useState(false);
  return (
    <details className="benchmarks-table" onToggle={(e) => setOpened(opened || e.currentTarget.open)}>
      <summary>{t.showTable}</summary>
      {opened && <FiguresTable series={series} rows={rows} formats={formats} />}
    </details>
  );
}

function FiguresTable({ series, rows, formats }: SeriesTableProps) {
  const t = useMessages(benchmarkMessages);
  const localize = useLocalize();
  const hasPercent = rows.some((r) => r.percentOfBaseline !== undefined);
  return (
    <div className="table-scroll">
      <table>
        <caption>{format(t.tableCaption, { metric: localize(series.metric) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colResult}</th>
            <th scope="col">{t.colValue}</th>
            <th scope="col">{t.colUnit}</th>
            {hasPercent && <th scope="col">{t.colPercent}</th>}
            <th scope="col">{t.colNote}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className={r.isBaseline ? 'benchmarks-baseline-row' : undefined}>
              <th scope="row">
                {r.isBaseline ? (
                  format(t.baselineBar, { label: r.label })
                ) : (
                  <ResultLabel label={r.label} option={r.option} />
                )}
              </th>
              <td className="benchmarks-num">{formats.value(r.value)}</td>
              <td>{series.unit}</td>
              {hasPercent && (
                <td className="benchmarks-num">
                  {r.percentOfBaseline ? formats.percent(r.percentOfBaseline.value) : t.none}
                </td>
              )}
              <td className="benchmarks-note">{r.note ? localize(r.note) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
