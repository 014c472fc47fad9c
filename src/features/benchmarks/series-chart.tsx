import { useCallback, type RefCallback } from 'react';
import { useInView } from '@/ui';
import { BarChart } from './bar-chart';
import { chartLayout } from './chart-layout';
import type { ChartMode, ChartRow } from './to-chart-data';
import { useElementWidth } from './use-element-width';
import type { NumberFormats } from './use-format';

interface SeriesChartProps {
  rows: readonly ChartRow[];
  mode: ChartMode;
  /** The text equivalent of the chart, read instead of the SVG. */
  ariaLabel: string;
  /** Label shown for the baseline bar, e.g. "Bare metal (baseline)". */
  baselineLabel: (label: string) => string;
  highlightOption?: string;
  formats: NumberFormats;
  /** Fixed width in px; without it the chart fills its container (measured in the browser). */
  width?: number;
}

/**
 * The chart is drawn only once it nears the viewport; until then an empty box of the chart's exact
 * height holds its place, so the page neither jumps nor pays for charts nobody scrolls to.
 */
export function SeriesChart({ width, ariaLabel, baselineLabel, ...chart }: SeriesChartProps) {
  const [widthRef, measured] = useElementWidth<HTMLDivElement>();
  const [viewRef, inView] = useInView<HTMLDivElement>();
  const ref = useCallback<RefCallback<HTMLDivElement>>(
    (element) => {
      const stopWidth = widthRef(element);
      const stopView = viewRef(element);
      return () => {
        stopWidth?.();
        stopView?.();
      };
    },
    [widthRef, viewRef],
  );
  const chartWidth = width ?? measured;
  const layout =
    chartWidth !== undefined && chartWidth > 0
      ? chartLayout(chart.rows, chartWidth, baselineLabel)
      : undefined;
  return (
    <div
      ref={ref}
      role="img"
      aria-label={ariaLabel}
      className="benchmarks-chart"
      style={layout ? { height: layout.height } : undefined}
    >
      {inView && layout && chartWidth !== undefined && (
        <BarChart width={chartWidth} layout={layout} {...chart} />
      )}
    </div>
  );
}
