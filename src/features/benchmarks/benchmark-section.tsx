import { memo } from 'react';
import type { Benchmark, BenchmarkSeries } from '@/domain/schemas';
import { format, useLocalize, useMessages, usePlurals } from '@/ui';
import { ConditionsPanel } from './conditions-panel';
import { benchmarkMessages, benchmarkPlurals } from './messages';
import { SeriesBlock } from './series-block';
import { TeamMark } from './team-mark';

interface BenchmarkSectionProps {
  benchmark: Benchmark;
  /** The series left visible by the filters. */
  series: readonly BenchmarkSeries[];
  highlightOption?: string;
  /** Folded, a source shows only its title and what it holds; its figures are one press away. */
  expanded: boolean;
  onToggle: (benchmarkId: string) => void;
}

/** The element id of a source's section, the target of "Jump to source". */
export const sectionId = (benchmarkId: string) => `source-${benchmarkId}`;

/** One source: its conditions beside its charts; sources are never merged into one chart. */
export const BenchmarkSection = memo(function BenchmarkSection({
  benchmark,
  series,
  highlightOption,
  expanded,
  onToggle,
}: BenchmarkSectionProps) {
  const t = useMessages(benchmarkMessages);
  const count = usePlurals(benchmarkPlurals);
  const localize = useLocalize();
  const headingId = `benchmark-${benchmark.id}`;
  const bodyId = `${sectionId(benchmark.id)}-figures`;
  return (
    <section id={sectionId(benchmark.id)} className="benchmarks-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <button
          type="button"
          className="benchmarks-disclosure"
          aria-expanded={expanded}
          aria-controls={expanded ? bodyId : undefined}
          onClick={() => onToggle(benchmark.id)}
        >
          {localize(benchmark.title)}
        </button>
      </h2>
      <TeamMark id={benchmark.id} />
      {expanded ? (
        <div id={bodyId} className="benchmarks-section-body">
          <ConditionsPanel benchmark={benchmark} />
          <div className="benchmarks-series-list">
            {series.map((s) => (
              <SeriesBlock key={s.id} series={s} highlightOption={highlightOption} />
            ))}
          </div>
        </div>
      ) : (
        <p className="muted benchmarks-small benchmarks-folded">
          {format(t.foldedSummary, { date: benchmark.date, series: count.series(series.length) })}
        </p>
      )}
    </section>
  );
});
