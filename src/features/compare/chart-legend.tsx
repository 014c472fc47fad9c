import type { Solution } from '@/domain/schemas';
import { useOptionName } from '@/ui';
import { dashes, seriesColour } from './chart-style';

/**
 * Which line or bar is which option: drawn in the page rather than inside the chart, so it takes
 * the room it needs on a phone instead of overlapping the axis labels. Each sample shows the
 * series' colour and its dash pattern.
 */
export function ChartLegend({ options }: { options: readonly Solution[] }) {
  const optionName = useOptionName();
  return (
    <ul className="compare-chart-legend">
      {options.map((option, i) => (
        <li key={option.id}>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line
              x1="1"
              y1="6"
              x2="27"
              y2="6"
              stroke={seriesColour(i)}
              strokeWidth="3"
              strokeDasharray={dashes[i]}
            />
          </svg>
          {optionName(option)}
        </li>
      ))}
    </ul>
  );
}
