import { useMemo } from 'react';
import type { Benchmark } from '@/domain/schemas';
import { buildHash, replaceHash, useKnowledge, useMessages, useRoute } from '@/ui';
import { BenchmarkSection } from './benchmark-section';
import {
  countVisible,
  filterBenchmarks,
  measuredOptions,
  parseFilter,
  type BenchmarkFilter,
} from './filters';
import { FiltersBar } from './filters-bar';
import { benchmarkMessages } from './messages';
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

/** Filters (kept in the URL query, so a filtered view can be linked) and the sections they leave. */
function BenchmarkBrowser({ benchmarks }: { benchmarks: readonly Benchmark[] }) {
  const t = useMessages(benchmarkMessages);
  const { kb } = useKnowledge();
  const { query } = useRoute();
  const optionIds = useMemo(() => measuredOptions(benchmarks), [benchmarks]);
  const options = useMemo(
    () =>
      optionIds
        .map((id) => ({ id, name: kb.optionById.get(id)?.name ?? id }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [optionIds, kb],
  );
  const queryKey = query.toString();
  const filter = useMemo(() => parseFilter(new URLSearchParams(queryKey), optionIds), [queryKey, optionIds]);
  const visible = useMemo(() => filterBenchmarks(benchmarks, filter), [benchmarks, filter]);
  const total = useMemo(() => countVisible(filterBenchmarks(benchmarks, {})), [benchmarks]);
  const setFilter = (next: BenchmarkFilter) =>
    replaceHash(buildHash(['benchmarks'], { option: next.option, kind: next.kind }));

  return (
    <>
      <FiltersBar
        filter={filter}
        options={options}
        onChange={setFilter}
        shown={countVisible(visible)}
        total={total}
      />
      {visible.length === 0 && <p>{t.noMatch}</p>}
      {visible.map(({ benchmark, series }) => (
        <BenchmarkSection
          key={benchmark.id}
          benchmark={benchmark}
          series={series}
          highlightOption={filter.option}
        />
      ))}
    </>
  );
}
