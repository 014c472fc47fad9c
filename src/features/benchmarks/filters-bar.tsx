import { useId } from 'react';
import { format, useMessages, usePlurals } from '@/ui';
import { metricKinds, type BenchmarkFilter, type MetricKind } from './filters';
import { benchmarkMessages, benchmarkPlurals } from './messages';

interface FiltersBarProps {
  filter: BenchmarkFilter;
  /** Options measured by some benchmark, with display names. */
  options: readonly { id: string; name: string }[];
  onChange: (filter: BenchmarkFilter) => void;
  shown: { sources: number; series: number };
  total: { sources: number; series: number };
}

export function FiltersBar({ filter, options, onChange, shown, total }: FiltersBarProps) {
  const t = useMessages(benchmarkMessages);
  const count = usePlurals(benchmarkPlurals);
  const optionId = useId();
  const kindId = useId();
  return (
    <div className="benchmarks-filters panel no-print">
      <div className="benchmarks-filter-controls" role="group" aria-label={t.filters}>
        <p className="benchmarks-field">
          <label htmlFor={optionId}>{t.filterOption}</label>
          <select
            id={optionId}
            value={filter.option ?? ''}
            onChange={(e) => onChange({ ...filter, option: e.target.value || undefined })}
          >
            <option value="">{t.allOptions}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </p>
        <p className="benchmarks-field">
          <label htmlFor={kindId}>{t.filterKind}</label>
          <select
            id={kindId}
            value={filter.kind ?? ''}
            onChange={(e) =>
              onChange({ ...filter, kind: metricKinds.find((k: MetricKind) => k === e.target.value) })
            }
          >
            <option value="">{t.allKinds}</option>
            {metricKinds.map((k) => (
              <option key={k} value={k}>
                {t[`kind_${k}`]}
              </option>
            ))}
          </select>
        </p>
      </div>
      <p role="status" className="benchmarks-count">
        {format(t.visibleCount, {
          sources: count.sourcesShown(total.sources, { shown: shown.sources }),
          series: count.seriesShown(total.series, { shown: shown.series }),
        })}
      </p>
    </div>
  );
}
