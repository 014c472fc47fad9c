import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { niceTicks, plottedValue, wrapLabel, type ChartMode, type ChartRow } from './to-chart-data';
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

const FONT_SIZE = 12;
const LINE_HEIGHT = 15;
// Average glyph width at 12 px, generous enough for CJK labels to stay inside the axis.
const CHAR_WIDTH = 7;

export function SeriesChart({ width, ariaLabel, ...chart }: SeriesChartProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>();
  const chartWidth = width ?? measured;
  return (
    <div ref={ref} role="img" aria-label={ariaLabel} className="benchmarks-chart">
      {chartWidth !== undefined && chartWidth > 0 && <HorizontalBars width={chartWidth} {...chart} />}
    </div>
  );
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

interface ValueLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

function HorizontalBars({
  rows,
  mode,
  baselineLabel,
  highlightOption,
  formats,
  width,
}: Omit<SeriesChartProps, 'ariaLabel'> & { width: number }) {
  const axisWidth = Math.min(240, Math.max(88, Math.round(width * 0.38)));
  const lines = new Map(
    rows.map((r) => [
      r.key,
      wrapLabel(r.isBaseline ? baselineLabel(r.label) : r.label, (axisWidth - 10) / CHAR_WIDTH),
    ]),
  );
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const rowHeight = Math.max(30, maxLines * LINE_HEIGHT + 12);
  const data = rows.map((r) => ({ key: r.key, plotted: plottedValue(r, mode) ?? 0, row: r }));
  const baseline = data.find((d) => d.row.isBaseline);
  const formatPlotted = mode === 'percent' ? formats.percent : formats.value;
  const ticks = niceTicks(Math.max(0, ...data.map((d) => d.plotted)), width < 520 ? 3 : 5);

  const renderTick = ({ x = 0, y = 0, payload }: TickProps) => {
    const key = String(payload?.value ?? '');
    const text = lines.get(key) ?? [key];
    const isBaseline = key === baseline?.key;
    const firstDy = -((text.length - 1) * LINE_HEIGHT) / 2 + FONT_SIZE * 0.35;
    return (
      <text
        x={x}
        y={y}
        textAnchor="end"
        fontSize={FONT_SIZE}
        fill="var(--text)"
        fontWeight={isBaseline ? 700 : 400}
      >
        {text.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? firstDy : LINE_HEIGHT}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };

  // Drawn by hand (with minPointSize on the bar) so that a zero-length bar still shows its "0".
  const renderValue = ({ x, y, width: w, height: h, value }: ValueLabelProps) => (
    <text
      x={Number(x ?? 0) + Number(w ?? 0) + 4}
      y={Number(y ?? 0) + Number(h ?? 0) / 2}
      dominantBaseline="central"
      fontSize={FONT_SIZE}
      fill="var(--text)"
    >
      {typeof value === 'number' ? formatPlotted(value) : ''}
    </text>
  );

  return (
    <BarChart
      width={width}
      height={rows.length * rowHeight + 40}
      data={data}
      layout="vertical"
      margin={{ top: 5, right: 64, bottom: 5, left: 4 }}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="var(--border)" />
      <XAxis
        type="number"
        domain={[0, ticks[ticks.length - 1] ?? 1]}
        ticks={ticks}
        interval={0}
        tickFormatter={(v: number) => formatPlotted(v)}
        tick={{ fill: 'var(--text)', fontSize: FONT_SIZE }}
        stroke="var(--border)"
      />
      <YAxis type="category" dataKey="key" width={axisWidth} tick={renderTick} stroke="var(--border)" />
      {baseline && (
        <ReferenceLine
          x={baseline.plotted}
          stroke="var(--muted)"
          strokeDasharray="4 3"
          ifOverflow="extendDomain"
        />
      )}
      <Bar dataKey="plotted" isAnimationActive={false} minPointSize={1} barSize={Math.min(22, rowHeight - 8)}>
        {data.map((d) => (
          <Cell
            key={d.key}
            fill={d.row.isBaseline ? 'var(--muted)' : 'var(--bar)'}
            stroke={
              highlightOption !== undefined && d.row.option === highlightOption ? 'var(--text)' : 'none'
            }
            strokeWidth={2}
          />
        ))}
        <LabelList dataKey="plotted" content={renderValue} />
      </Bar>
    </BarChart>
  );
}
