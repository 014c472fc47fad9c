import {
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { Solution } from '@/domain/schemas';
import { useOptionName } from '@/ui';
import { ChartLegend } from './chart-legend';
import { dashes, seriesColour, tooltipStyle } from './chart-style';
import { AXIS_LABEL_WIDTH, AxisTick, type AxisTickProps } from './axis-tick';
import { shortName, type RadarRow } from './to-radar-data';

interface Props {
  options: readonly Solution[];
  data: readonly RadarRow[];
  /** Accessible name: the chart is an image to assistive technology; the matrix is its text. */
  label: string;
  /** Fixed size (tests, print); without it the chart fills its container's width. */
  width?: number;
  height?: number;
}

const sideRoom = AXIS_LABEL_WIDTH + 8;

export function CompareRadarChart({ options, data, label, width, height = 440 }: Props) {
  const optionName = useOptionName();
  const chart = (
    <RadarChart
      data={[...data]}
      width={width}
      height={width ? height : undefined}
      outerRadius="90%"
      // Room for two lines of label on every side: the labels sit outside the grid.
      margin={{ top: 40, right: sideRoom, bottom: 40, left: sideRoom }}
    >
      <PolarGrid stroke="var(--border)" />
      <PolarAngleAxis
        dataKey="name"
        tick={(props: AxisTickProps) => <AxisTick {...props} short={shortName} />}
      />
      <PolarRadiusAxis
        domain={[0, 4]}
        tickCount={5}
        angle={90 - 180 / Math.max(data.length, 1)}
        tick={{ fill: 'var(--muted)', fontSize: 10 }}
      />
      {options.map((option, i) => (
        <Radar
          key={option.id}
          dataKey={option.id}
          name={optionName(option)}
          stroke={seriesColour(i)}
          fill={seriesColour(i)}
          fillOpacity={0.12}
          strokeWidth={2}
          strokeDasharray={dashes[i]}
          isAnimationActive={false}
        />
      ))}
      <Tooltip contentStyle={tooltipStyle} />
    </RadarChart>
  );
  return (
    <>
      <ChartLegend options={options} />
      <div className="compare-radar" role="img" aria-label={label}>
        {width ? (
          chart
        ) : (
          // Square up to `height`: on a phone the chart is as tall as it is wide, not a fixed 440 px.
          <ResponsiveContainer width="100%" aspect={1} maxHeight={height}>
            {chart}
          </ResponsiveContainer>
        )}
      </div>
    </>
  );
}
