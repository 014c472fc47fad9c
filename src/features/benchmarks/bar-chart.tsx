import { FONT_SIZE, LINE_HEIGHT, MARGIN, VALUE_AXIS_HEIGHT, type ChartLayout } from './chart-layout';
import { niceTicks, plottedValue, type ChartMode, type ChartRow } from './to-chart-data';
import type { NumberFormats } from './use-format';

interface BarChartProps {
  rows: readonly ChartRow[];
  mode: ChartMode;
  highlightOption?: string;
  formats: NumberFormats;
  width: number;
  layout: ChartLayout;
}

const TICK = 6;
const GAP = 2;

/**
 * Horizontal bars drawn as plain SVG. A general chart library spent a quarter of a second of main
 * thread per chart here (at 4× CPU slowdown); these charts need a band per row, a linear value axis
 * and text, which take a few elements each.
 */
export function BarChart({ rows, mode, highlightOption, formats, width, layout }: BarChartProps) {
  const { axisWidth, lines, rowHeight, height } = layout;
  const plotted = rows.map((r) => plottedValue(r, mode) ?? 0);
  const ticks = niceTicks(Math.max(0, ...plotted), width < 520 ? 3 : 5);
  const max = ticks[ticks.length - 1] ?? 1;
  const left = MARGIN.left + axisWidth;
  const right = Math.max(left + 1, width - MARGIN.right);
  const top = MARGIN.top;
  const bottom = height - MARGIN.bottom - VALUE_AXIS_HEIGHT;
  const x = (v: number) => left + (Math.max(0, v) / max) * (right - left);
  const barHeight = Math.min(22, rowHeight - 8);
  const formatPlotted = mode === 'percent' ? formats.percent : formats.value;
  const baselineAt = rows.findIndex((r) => r.isBaseline);
  const baselineValue = plotted[baselineAt];

  return (
    <svg width={width} height={height} fontSize={FONT_SIZE} className="benchmarks-svg">
      <g stroke="var(--border)">
        {ticks.map((t) => (
          <line key={`grid${t}`} x1={x(t)} x2={x(t)} y1={top} y2={bottom} />
        ))}
        <line x1={left} x2={left} y1={top} y2={bottom} />
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        {ticks.map((t) => (
          <line key={`tick${t}`} x1={x(t)} x2={x(t)} y1={bottom} y2={bottom + TICK} />
        ))}
      </g>
      {ticks.map((t) => (
        <text key={t} x={x(t)} y={bottom + TICK + GAP} dy="0.71em" textAnchor="middle" fill="var(--text)">
          {formatPlotted(t)}
        </text>
      ))}
      {baselineValue !== undefined && (
        <line
          x1={x(baselineValue)}
          x2={x(baselineValue)}
          y1={top}
          y2={bottom}
          stroke="var(--muted)"
          strokeDasharray="4 3"
        />
      )}
      {rows.map((r, i) => {
        const value = plotted[i] ?? 0;
        const middle = top + (i + 0.5) * rowHeight;
        const label = lines.get(r.key) ?? [r.label];
        const highlighted = highlightOption !== undefined && r.option === highlightOption;
        return (
          <g key={r.key}>
            <line x1={left - TICK} x2={left} y1={middle} y2={middle} stroke="var(--border)" />
            <text
              x={left - TICK - GAP}
              y={middle - ((label.length - 1) * LINE_HEIGHT) / 2}
              dy="0.35em"
              textAnchor="end"
              fill="var(--text)"
              fontWeight={r.isBaseline ? 700 : 400}
            >
              {label.map((line, n) => (
                <tspan key={n} x={left - TICK - GAP} dy={n === 0 ? undefined : LINE_HEIGHT}>
                  {line}
                </tspan>
              ))}
            </text>
            {/* At least a pixel wide, so that a zero still shows where its bar would be. */}
            <rect
              className="benchmarks-bar"
              x={left}
              y={middle - barHeight / 2}
              width={Math.max(1, x(value) - left)}
              height={barHeight}
              fill={r.isBaseline ? 'var(--muted)' : 'var(--bar)'}
              stroke={highlighted ? 'var(--text)' : 'none'}
              strokeWidth={2}
            />
            <text x={x(value) + 4} y={middle} dominantBaseline="central" fill="var(--text)">
              {formatPlotted(value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
