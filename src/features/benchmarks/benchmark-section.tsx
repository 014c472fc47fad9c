import type { Benchmark, BenchmarkSeries } from '@/domain/schemas';
import { useLocalize } from '@/ui';
import { ConditionsPanel } from './conditions-panel';
import { SeriesBlock } from './series-block';

interface BenchmarkSectionProps {
  benchmark: Benchmark;
  /** The series left visible by the filters. */
  series: readonly BenchmarkSeries[];
  highlightOption?: string;
}

/** One source: its conditions beside its charts; sources are never merged into one chart. */
export function BenchmarkSection({ benchmark, series, highlightOption }: BenchmarkSectionProps) {
  const localize = useLocalize();
  const headingId = `benchmark-${benchmark.id}`;
  return (
    <section className="benchmarks-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{localize(benchmark.title)}</h2>
      <div className="benchmarks-section-body">
        <ConditionsPanel benchmark={benchmark} />
        <div className="benchmarks-series-list">
          {series.map((s) => (
            <SeriesBlock key={s.id} series={s} highlightOption={highlightOption} />
          ))}
        </div>
      </div>
    </section>
  );
}
