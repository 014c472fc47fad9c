import type { Knowledge } from '@/domain/knowledge';
import type {
  Benchmark,
  BenchmarkResult,
  BenchmarkSeries,
  CaseStudy,
  EnvironmentData,
  PluginModel,
} from '@/domain/schemas';

/** Case studies with a stack layer that names the option. */
export function caseStudiesUsing(caseStudies: readonly CaseStudy[], id: string): CaseStudy[] {
  return caseStudies.filter((c) => c.stack.some((layer) => layer.options.some((o) => o === id)));
}

export interface BenchmarkRow {
  benchmark: Benchmark;
  series: BenchmarkSeries;
  result: BenchmarkResult;
}

/** Every benchmark result measured on the option, in knowledge-base order. */
export function benchmarkResultsFor(benchmarks: Knowledge['benchmarks'], id: string): BenchmarkRow[] {
  return benchmarks.flatMap((benchmark) =>
    benchmark.series.flatMap((series) =>
      series.results.filter((r) => r.option === id).map((result) => ({ benchmark, series, result })),
    ),
  );
}

/** The orchestrators whose plugin interface accepts a model. */
export function orchestratorsAccepting(
  environment: EnvironmentData,
  model: PluginModel,
): EnvironmentData['orchestrators'] {
  return environment.orchestrators.filter((o) => o.pluginModels.includes(model));
}

/** "1st", "2nd", "3rd", "11th", "22nd" — English ordinals. */
export function englishOrdinal(n: number): string {
  const suffix: Record<Intl.LDMLPluralRule, string> = {
    zero: 'th',
    one: 'st',
    two: 'nd',
    few: 'rd',
    many: 'th',
    other: 'th',
  };
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}
