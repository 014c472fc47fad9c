import { useDeferredValue, useMemo } from 'react';
import { flushSync } from 'react-dom';
import type { Benchmark } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { buildHash, replaceHash, useRoute } from '@/routing';
import { useLanguage, useLocalize, useMessages, useOptionName } from '@/ui';
import { sectionId } from './benchmark-section';
import {
  countVisible,
  filterBenchmarks,
  measuredOptions,
  parseFilter,
  type BenchmarkFilter,
} from './filters';
import { FiltersBar } from './filters-bar';
import { benchmarkMessages } from './messages';
import { SourceNav } from './source-nav';
import { SourceSections, type ShownSources } from './source-sections';
import { useExpandedSources } from './use-expanded-sources';
import { useRevealedCount } from './use-revealed-count';
import './benchmarks.css';

export default function BenchmarksView() {
  const t = useMessages(benchmarkMessages);
  const { kb, complete } = useKnowledge();
  return (
    <div className="benchmarks">
      <h1>{t.title}</h1>
      <p className="benchmarks-intro">{t.intro}</p>
      {complete ? <BenchmarkBrowser benchmarks={kb.benchmarks} /> : <p aria-busy="true">{t.loading}</p>}
    </div>
  );
}

const nothingYet: ShownSources = { visible: [] };

/** Filters (kept in the URL query, so a filtered view can be linked) and the sections they leave. */
function BenchmarkBrowser({ benchmarks }: { benchmarks: readonly Benchmark[] }) {
  const t = useMessages(benchmarkMessages);
  const { query } = useRoute();
  const optionName = useOptionName();
  const language = useLanguage();
  const localize = useLocalize();
  const expanded = useExpandedSources();
  const optionIds = useMemo(() => measuredOptions(benchmarks), [benchmarks]);
  const options = useMemo(
    () => optionIds.map((id) => ({ id, name: optionName(id) })).sort((a, b) => a.name.localeCompare(b.name)),
    [optionIds, optionName],
  );
  const queryKey = query.toString();
  const filter = useMemo(() => parseFilter(new URLSearchParams(queryKey), optionIds), [queryKey, optionIds]);
  const visible = useMemo(
    () => filterBenchmarks(benchmarks, filter, language),
    [benchmarks, filter, language],
  );
  const total = useMemo(
    () => countVisible(filterBenchmarks(benchmarks, {}, language)),
    [benchmarks, language],
  );
  const current = useMemo(() => ({ visible, highlight: filter.option }), [visible, filter.option]);
  // The sections are drawn in a background render that yields to the browser every few milliseconds,
  // first from nothing, then whenever the filters change: the page and its controls answer at once.
  const shown = useDeferredValue(current, nothingYet);
  const [count, reveal] = useRevealedCount(shown.visible.length);
  const setFilter = (next: BenchmarkFilter) =>
    replaceHash(buildHash(['benchmarks'], { option: next.option, kind: next.kind }));
  // The section is unfolded synchronously, so that it is on the page at its full size when scrolled to.
  const jump = (id: string) => {
    flushSync(() => {
      reveal(visible.findIndex(({ benchmark }) => benchmark.id === id) + 1);
      expanded.open(id);
    });
    const section = document.getElementById(sectionId(id));
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector('button')?.focus({ preventScroll: true });
  };

  return (
    <>
      <FiltersBar
        filter={filter}
        options={options}
        onChange={setFilter}
        shown={countVisible(visible)}
        total={total}
      />
      <SourceNav
        sources={visible.map(({ benchmark }) => ({ id: benchmark.id, title: localize(benchmark.title) }))}
        onJump={jump}
        allOpen={visible.every(({ benchmark }) => expanded.isOpen(benchmark.id))}
        onSetAll={expanded.setAll}
      />
      {visible.length === 0 && <p>{t.noMatch}</p>}
      <SourceSections shown={shown} count={count} isOpen={expanded.isOpen} onToggle={expanded.toggle} />
    </>
  );
}
