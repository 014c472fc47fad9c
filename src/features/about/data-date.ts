import type { Solution, Source } from '@/domain/schemas';

/** The most recent "YYYY-MM" status check over all options; undefined when there are none. */
export function latestAsOf(options: readonly Pick<Solution, 'status'>[]): string | undefined {
  let latest: string | undefined;
  for (const { status } of options) {
    if (status.asOf !== undefined && (latest === undefined || status.asOf > latest)) latest = status.asOf;
  }
  return latest;
}

export interface YearRange {
  from: number;
  to: number;
  /** Sources without a year (several survey documents are undated). */
  undated: number;
}

export function sourceYears(sources: readonly Pick<Source, 'year'>[]): YearRange | undefined {
  const years = sources.flatMap((s) => (s.year === null ? [] : [s.year]));
  if (years.length === 0) return undefined;
  return { from: Math.min(...years), to: Math.max(...years), undated: sources.length - years.length };
}
