import { useId, useMemo, useState } from 'react';
import type { BenchmarkSeries } from '@/domain/schemas';
import { format, useLocalize, useMessages, usePlurals } from '@/ui';
import { MeasuredOptions } from './measured-options';
import { benchmarkMessages, benchmarkPlurals } from './messages';
import { SeriesChart } from './series-chart';
import { SeriesTable } from './series-table';
import { percentIsRedundant, toChartData, type ChartMode } from './to-chart-data';
import { useFormat } from './use-format';

interface ValueSeriesProps {
  series: BenchmarkSeries;
  highlightOption?: string;
  /** Fixed chart width (tests); the browser measures the container. */
  chartWidth?: number;
}

/** A series with measured values: bar chart, optional derived "% of baseline" view, and the table. */
export function ValueSeries({ series, highlightOption, chartWidth }: ValueSeriesProps) {
  const t = useMessages(benchmarkMessages);
  const count = usePlurals(benchmarkPlurals);
  const localize = useLocalize();
  const formats = useFormat();
  const toggleId = useId();
  const [mode, setMode] = useState<ChartMode>('values');
  const { rows } = useMemo(() => toChartData(series), [series]);
  // A series already quoted in % of a baseline of 100 gains nothing from the derived view.
  const baseline = percentIsRedundant(series) ? undefined : series.baseline;
  const shownMode: ChartMode = baseline ? mode : 'values';
  const metric = localize(series.metric);
  const ariaLabel =
    shownMode === 'percent' && baseline
      ? format(t.chartLabelPercent, {
          metric,
          baseline: baseline.label,
          results: count.results(series.results.length),
        })
      : format(t.chartLabel, {
          metric,
          unit: series.unit,
          results: count.results(rows.filter((r) => !r.isBaseline).length),
          baseline: series.baseline
            ? format(t.chartBaseline, {
                label: series.baseline.label,
                value: formats.value(series.baseline.value),
              })
            : '',
        });

  return (
    <>
      {baseline && (
        <p className="benchmarks-toggle">
          <input
            id={toggleId}
            type="checkbox"
            checked={mode === 'percent'}
            onChange={(e) => setMode(e.target.checked ? 'percent' : 'values')}
          />{' '}
          <label htmlFor={toggleId}>{format(t.showPercent, { baseline: baseline.label })}</label>
        </p>
      )}
      {shownMode === 'percent' && baseline && (
        <p className="benchmarks-derived benchmarks-small">
          {format(t.percentCaption, {
            baseline: baseline.label,
            value: formats.value(baseline.value),
            unit: series.unit,
          })}
        </p>
      )}
      <SeriesChart
        rows={rows}
        mode={shownMode}
        ariaLabel={ariaLabel}
        baselineLabel={(label) => format(t.baselineBar, { label })}
        highlightOption={highlightOption}
        formats={formats}
        width={chartWidth}
      />
      <MeasuredOptions rows={rows} />
      <SeriesTable series={series} rows={rows} formats={formats} />
    </>
  );
}
