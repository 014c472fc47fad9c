import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from 'recharts';
import type { Solution } from '@/domain/schemas';
import type { RadarRow } from './to-radar-data';

interface Props {
  options: readonly Solution[];
  data: readonly RadarRow[];
  /** Accessible name: the chart is an image to assistive technology; the matrix is its text. */
  label: string;
  /** Fixed size (tests, print); without it the chart fills its container's width. */
  width?: number;
  height?: number;
}

// Colour alone must not tell the series apart: each also has its own dash pattern.
const dashes = ['0', '6 3', '2 3', '10 4 2 4'];

export function CompareRadarChart({ options, data, label, width, height = 440 }: Props) {
  const chart = (
    <RadarChart
      data={[...data]}
      width={width}
      height={width ? height : undefined}
      outerRadius="75%"
      margin={{ top: 8, right: 56, bottom: 8, left: 56 }}
    >
      <PolarGrid stroke="var(--border)" />
      <PolarAngleAxis dataKey="label" tick={{ fill: 'var(--text)', fontSize: 12 }} />
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
          name={option.name}
          stroke={`var(--compare-series-${i + 1})`}
          fill={`var(--compare-series-${i + 1})`}
          fillOpacity={0.12}
          strokeWidth={2}
          strokeDasharray={dashes[i]}
          isAnimationActive={false}
        />
      ))}
      <Tooltip
        contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)', color: 'var(--text)' }}
      />
      {/* Keep the legend in the order the options were chosen, like the table's columns. */}
      <Legend itemSorter={null} />
    </RadarChart>
  );
  return (
    <div className="compare-radar" role="img" aria-label={label}>
      {width ? (
        chart
      ) : (
        <ResponsiveContainer width="100%" height={height}>
          {chart}
        </ResponsiveContainer>
      )}
    </div>
  );
}
