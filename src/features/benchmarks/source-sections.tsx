import { memo } from 'react';
import { BenchmarkSection } from './benchmark-section';
import type { VisibleBenchmark } from './filters';

export interface ShownSources {
  visible: readonly VisibleBenchmark[];
  /** The option the filter picked, outlined in every chart. */
  highlight?: string;
}

interface SourceSectionsProps {
  shown: ShownSources;
  /** How many of the shown sources are on the page yet. */
  count: number;
  isOpen: (id: string) => boolean;
  onToggle: (id: string) => void;
}

/**
 * Every source's section. Memoized, like each section, so that a render of the page around them
 * (a filter being chosen, a part of the knowledge arriving) does not redraw sections whose input
 * did not change.
 */
export const SourceSections = memo(function SourceSections({
  shown,
  count,
  isOpen,
  onToggle,
}: SourceSectionsProps) {
  return shown.visible
    .slice(0, count)
    .map(({ benchmark, series }) => (
      <BenchmarkSection
        key={benchmark.id}
        benchmark={benchmark}
        series={series}
        highlightOption={shown.highlight}
        expanded={isOpen(benchmark.id)}
        onToggle={onToggle}
      />
    ));
});
