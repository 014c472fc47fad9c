import { Link, routes } from '@/routing';
import { useMessages, useOptionName } from '@/ui';
import { benchmarkMessages } from './messages';
import type { ChartRow } from './to-chart-data';

/** Links to the knowledge-base options a chart measures (the SVG itself is not interactive). */
export function MeasuredOptions({ rows }: { rows: readonly ChartRow[] }) {
  const t = useMessages(benchmarkMessages);
  const optionName = useOptionName();
  const ids = [...new Set(rows.flatMap((r) => (r.option === undefined ? [] : [r.option])))];
  if (ids.length === 0) return null;
  return (
    <p className="benchmarks-small benchmarks-options">
      {t.optionsMeasured}{' '}
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ' · '}
          <Link to={routes.option(id)}>{optionName(id)}</Link>
        </span>
      ))}
    </p>
  );
}
