import { describe, expect, it } from 'vitest';
import type { Solution, Source, SourceRef } from '../../../src/domain/schemas';
import { countCitations } from '../../../src/features/about/cite-counts';
import { latestAsOf, sourceYears } from '../../../src/features/about/data-date';
import { filterSources, sortSources } from '../../../src/features/about/sort-sources';
import { countByState } from '../../../src/features/about/status-filter';
import { kb } from '../../ui/render-app';

/** Every place the schemas put a SourceRef, listed by hand, to check the generic walk against. */
function explicitRefs(): SourceRef[] {
  const refs: SourceRef[] = [];
  for (const o of kb.options) {
    if (o.pluginModels) refs.push(o.pluginModels.source);
    if (o.provides) refs.push(o.provides.source);
    if (o.podBoundary) refs.push(o.podBoundary.source);
    // The loader derives an orchestrator requirement that reuses the plugin-model source.
    for (const r of o.requires) {
      if (r.source !== o.pluginModels?.source) refs.push(r.source);
      refs.push(...(r.feasibleVia ?? []).map((v) => v.source));
    }
    for (const v of Object.values(o.values)) refs.push(v.source, ...(v.when ?? []).map((w) => w.source));
    refs.push(...[...o.dependencies, ...o.pros, ...o.cons].map((s) => s.source), o.status.source);
  }
  for (const c of kb.caseStudies) {
    const { containers, hosts, apps, other } = c.scale;
    for (const f of [containers, hosts, apps, ...other.map((x) => x.figure)]) if (f) refs.push(f.source);
    refs.push(...c.stack.map((l) => l.source), ...[...c.lessons, ...c.problems].map((s) => s.source));
    refs.push(
      ...(c.situation?.facts ?? []).map((f) => f.source),
      ...(c.situation?.needs ?? []).map((n) => n.source),
    );
    refs.push(...(c.flows ?? []).map((f) => f.source));
  }
  refs.push(...kb.benchmarks.map((b) => b.source));
  return refs;
}

describe('countCitations', () => {
  it('counts every SourceRef of options, case studies and benchmarks', () => {
    const expected = new Map<string, number>();
    for (const ref of explicitRefs()) expected.set(ref.source, (expected.get(ref.source) ?? 0) + 1);
    expect(countCitations(kb)).toEqual(expected);
  });

  it('only names registered sources', () => {
    for (const id of countCitations(kb).keys()) expect(kb.sourceById.has(id), id).toBe(true);
  });

  it('counts a benchmark once and ignores what is not evidence', () => {
    const [benchmark] = kb.benchmarks;
    if (!benchmark) throw new Error('no benchmark');
    expect(countCitations({ options: [], caseStudies: [], benchmarks: [benchmark] })).toEqual(
      new Map([[benchmark.source.source, 1]]),
    );
    expect(countCitations({ options: [], caseStudies: [], benchmarks: [] }).size).toBe(0);
  });
});

describe('data date', () => {
  const withAsOf = (asOf: string) => ({ status: { asOf } }) as Pick<Solution, 'status'>;
  it.each<[string[], string | undefined]>([
    [[], undefined],
    [['2024-03'], '2024-03'],
    [['2024-03', '2026-11', '2025-12'], '2026-11'],
  ])('latest of %j is %s', (months, latest) => {
    expect(latestAsOf(months.map(withAsOf))).toBe(latest);
  });

  it.each<[(number | null)[], ReturnType<typeof sourceYears>]>([
    [[], undefined],
    [[null], undefined],
    [[2016, null, 2011, 2026], { from: 2011, to: 2026, undated: 1 }],
  ])('source years of %j', (years, range) => {
    expect(sourceYears(years.map((year) => ({ year })))).toEqual(range);
  });
});

describe('sources order and filter', () => {
  const source = (id: string, kind: Source['kind'], title: string): Source =>
    ({ id, kind, title, year: null, language: 'en' }) as Source;

  it('puts survey documents first, then sorts by title', () => {
    const sorted = sortSources([
      source('b', 'public', 'beta'),
      source('z', 'seed', 'Zeta notes'),
      source('a', 'public', 'Alpha'),
      source('y', 'seed', 'Yak notes'),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(['y', 'z', 'a', 'b']);
  });

  it('keeps every seed ahead of every public source in the real list', () => {
    const kinds = sortSources(kb.sources).map((s) => s.kind);
    expect(kinds.lastIndexOf('seed')).toBeLessThan(kinds.indexOf('public'));
  });

  it('matches file names and is case-insensitive', () => {
    const seed = kb.sources.find((s) => s.kind === 'seed' && s.file);
    expect(filterSources(kb.sources, seed?.file?.toUpperCase() ?? '?').map((s) => s.id)).toEqual([seed?.id]);
    expect(filterSources(kb.sources, '  ')).toHaveLength(kb.sources.length);
  });
});

describe('countByState', () => {
  it('accounts for every option', () => {
    const counts = countByState(kb.options);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(kb.options.length);
    expect(counts.archived).toBe(kb.options.filter((o) => o.status.state === 'archived').length);
  });
});
