import { displayName, type Knowledge } from '@/domain/knowledge';
import { categoryIds, type CaseStudy, type CategoryId, type Language, type OptionId } from '@/domain/schemas';
import { compareSimilarity, type CaseSimilarity } from '@/domain/cases';

export const scaleFilters = ['any', 'containers1k', 'containers10k', 'hosts', 'apps', 'figures'] as const;
export type ScaleFilter = (typeof scaleFilters)[number];

export const sorts = ['closest', 'name', 'year'] as const;
export type Sort = (typeof sorts)[number];

export interface CaseFilters {
  /** An option id, or '' for any. */
  option: string;
  category: CategoryId | '';
  scale: ScaleFilter;
  /** Text searched in the company name. */
  query: string;
  sort: Sort;
}

/** `value` if it is one of `values` (narrowing a string from a URL or a <select>). */
export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.find((v) => v === value);

/** Filters from the list URL's query; anything unknown falls back to "any". */
export function parseFilters(
  query: URLSearchParams,
  defaultSort: Sort,
  knownOptions: ReadonlySet<string>,
): CaseFilters {
  const option = query.get('option') ?? '';
  return {
    option: knownOptions.has(option) ? option : '',
    category: oneOf(categoryIds, query.get('category')) ?? '',
    scale: oneOf(scaleFilters, query.get('scale')) ?? 'any',
    query: query.get('q') ?? '',
    sort: oneOf(sorts, query.get('sort')) ?? defaultSort,
  };
}

/** The URL query for the filters, leaving out defaults so plain "#/cases" stays plain. */
export function filtersToQuery(filters: CaseFilters, defaultSort: Sort): Record<string, string | undefined> {
  return {
    option: filters.option || undefined,
    category: filters.category || undefined,
    scale: filters.scale === 'any' ? undefined : filters.scale,
    q: filters.query.trim() === '' ? undefined : filters.query,
    sort: filters.sort === defaultSort ? undefined : filters.sort,
  };
}

/** The options named in any stack, grouped by category in knowledge-base order, sorted by their shown name. */
export function usedOptions(
  kb: Knowledge,
  language: Language,
): { category: CategoryId; options: { id: OptionId; name: string }[] }[] {
  const used = new Set(kb.caseStudies.flatMap((s) => s.stack.flatMap((l) => l.options)));
  return kb.categories
    .map((c) => ({
      category: c.id,
      options: (kb.optionsByCategory.get(c.id) ?? [])
        .filter((o) => used.has(o.id))
        .map((o) => ({ id: o.id, name: displayName(o, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, language)),
    }))
    .filter((g) => g.options.length > 0);
}

/** The categories in which some study describes a layer, in knowledge-base order. */
export function usedCategories(kb: Knowledge): CategoryId[] {
  const used = new Set(kb.caseStudies.flatMap((s) => s.stack.map((l) => l.category)));
  return kb.categories.map((c) => c.id).filter((id) => used.has(id));
}

/** A figure guarantees at least `n` unless it is only an upper bound. */
const atLeast = (figure: CaseStudy['scale']['containers'], n: number): boolean =>
  figure !== undefined && figure.qualifier !== 'atMost' && figure.value >= n;

export function matchesScale(study: CaseStudy, scale: ScaleFilter): boolean {
  const { containers, hosts, apps, other } = study.scale;
  switch (scale) {
    case 'any':
      return true;
    case 'containers1k':
      return atLeast(containers, 1000);
    case 'containers10k':
      return atLeast(containers, 10000);
    case 'hosts':
      return hosts !== undefined;
    case 'apps':
      return apps !== undefined;
    case 'figures':
      return containers !== undefined || hosts !== undefined || apps !== undefined || other.length > 0;
  }
}

export function matchesFilters(study: CaseStudy, filters: CaseFilters): boolean {
  const needle = filters.query.trim().toLowerCase();
  return (
    (filters.option === '' || study.stack.some((l) => l.options.some((o) => o === filters.option))) &&
    (filters.category === '' || study.stack.some((l) => l.category === filters.category)) &&
    matchesScale(study, filters.scale) &&
    (needle === '' || Object.values(study.company).some((name) => name.toLowerCase().includes(needle)))
  );
}

/**
 * Sorted copy: closest to the profile (the engine's order: most similar first, nothing to compare
 * last, ties by id), by name, or by year (newest first, ties by name).
 */
export function sortStudies(
  studies: readonly CaseStudy[],
  sort: Sort,
  similarities: ReadonlyMap<string, CaseSimilarity>,
  language: Language,
): CaseStudy[] {
  const byName = (a: CaseStudy, b: CaseStudy) =>
    a.company[language].localeCompare(b.company[language], language);
  const closest = (a: CaseStudy, b: CaseStudy) => {
    const x = similarities.get(a.id);
    const y = similarities.get(b.id);
    return x && y ? compareSimilarity(x, y) : byName(a, b);
  };
  const compare: Record<Sort, (a: CaseStudy, b: CaseStudy) => number> = {
    closest,
    name: byName,
    year: (a, b) => b.year - a.year || byName(a, b),
  };
  return [...studies].sort(compare[sort]);
}
