import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Solution } from '@/domain/schemas';
import { useOptionName } from '@/ui';
import { ChartLegend } from './chart-legend';
import { dashes, seriesColour, tooltipStyle } from './chart-style';
import { AxisTick, type AxisTickProps } from './axis-tick';
import { shortName, type RadarRow } from './to-radar-data';

interface Props {
  options: readonly Solution[];
  data: readonly RadarRow[];
  /** Accessible name: the chart is an image to assistive technology; the matrix is its text. */
  label: string;
  /** Fixed width (tests, print); without it the chart fills its container's width. */
  width?: number;
}

// Each series also differs in fill strength and outline dash, so colour alone does not tell them apart.
const fillOpacity = [0.9, 0.5, 0.2, 0.7];
const ROW_PER_OPTION = 9;
const ROW_GAP = 14;
const AXIS_HEIGHT = 40;
// Wider than the radar's labels: here they need no room on the far side.
const LABEL_WIDTH = 116;

/** The same levels as the radar, one group of bars per criterion: readable with many criteria. */
export function CompareBarChart({ options, data, label, width }: Props) {
  const optionName = useOptionName();
  // Grows with the rows, so every criterion keeps a legible band at any count.
  const height = data.length * (options.length * ROW_PER_OPTION + ROW_GAP) + AXIS_HEIGHT;
  const chart = (
    <BarChart
      data={[...data]}
      layout="vertical"
      width={width}
      height={width ? height : undefined}
      margin={{ top: 4, right: 8, bottom: 4, left: 0 }}
      barGap={1}
    >
      <CartesianGrid stroke="var(--border)" horizontal={false} />
      <XAxis
        type="number"
        domain={[0, 4]}
        ticks={[0, 1, 2, 3, 4]}
        tick={{ fill: 'var(--muted)', fontSize: 10 }}
      />
      <YAxis
        type="category"
        dataKey="name"
        width={LABEL_WIDTH + 8}
        interval={0}
        tick={(props: AxisTickProps) => (
          <AxisTick
            {...props}
            textAnchor="end"
            verticalAnchor="middle"
            short={shortName}
            width={LABEL_WIDTH}
          />
        )}
      />
      {options.map((option, i) => (
        <Bar
          key={option.id}
          dataKey={option.id}
          name={optionName(option)}
          fill={seriesColour(i)}
          fillOpacity={fillOpacity[i]}
          stroke={seriesColour(i)}
          strokeDasharray={dashes[i]}
          barSize={ROW_PER_OPTION - 2}
          isAnimationActive={false}
        />
      ))}
      <Tooltip cursor={{ fill: 'var(--surface-2)' }} contentStyle={tooltipStyle} />
    </BarChart>
  );
  return (
    <>
      <ChartLegend options={options} />
      <div className="compare-bars" role="img" aria-label={label}>
        {width ? (
          chart
        ) : (
          <ResponsiveContainer width="100%" height={height}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
    </>
  );
}
