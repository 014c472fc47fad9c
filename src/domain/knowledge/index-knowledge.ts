import type { CategoryId, Criterion, CriterionValue, Solution } from '../schemas';
import type { Knowledge, RawFile, ValueRow } from './knowledge';
import type { ParsedFiles } from './parse-files';
import { pluginRequirement } from './plugin-requirement';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly CategoryId[]): Map<CategoryId, T[]> {
  const map = new Map<CategoryId, T[]>();
  for (const item of items) {
    for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

/**
 * Files already validated (at build time, or by `loadKnowledge`) sorted by where they live, the
 * way `parseFiles` does but without checking them again.
 */
export function trustedFiles(files: readonly RawFile[]): ParsedFiles {
  const out: ParsedFiles = { sources: [], solutions: [], caseStudies: [], benchmarks: [], presets: [] };
  for (const file of files) {
    const [head] = file.path.split('/');
    const entry = { path: file.path, value: file.data as never };
    if (file.path === 'criteria.json') out.criteria = file.data as ParsedFiles['criteria'];
    else if (file.path === 'environment.json') out.environment = file.data as ParsedFiles['environment'];
    else if (file.path === 'stack-rules.json') out.stackRules = file.data as ParsedFiles['stackRules'];
    else if (head === 'sources') out.sources.push(file.data as ParsedFiles['sources'][number]);
    else if (head === 'solutions') out.solutions.push(entry);
    else if (head === 'case-studies') out.caseStudies.push(entry);
    else if (head === 'benchmarks') out.benchmarks.push(entry);
    else if (head === 'presets') out.presets.push(entry);
  }
  return out;
}

/** The lookup indexes and dense value rows over checked files; needs criteria and environment. */
export function indexKnowledge(parsed: ParsedFiles): Knowledge {
  const { criteria, environment } = parsed;
  if (!criteria || !environment) throw new Error('knowledge base: criteria.json or environment.json missing');
  const options: Solution[] = parsed.solutions
    .map(({ value }) => {
      const derived = pluginRequirement(value, environment);
      return derived ? { ...value, requires: [derived, ...value.requires] } : value;
    })
    .sort(byId);
  const sortedCriteria: Criterion[] = [...criteria.criteria].sort(byId);
  const criteriaByCategory = groupBy(sortedCriteria, (c) => c.categories);
  // Cross-checks guarantee every criterion of the category has a value.
  const toRow = (o: Solution): ValueRow => {
    const values = (criteriaByCategory.get(o.category) ?? []).map((c) => o.values[c.id] as CriterionValue);
    return {
      base: Uint8Array.from(values, (v) => v.level),
      conditional: Uint8Array.from(values, (v) => (v.when ? 1 : 0)),
    };
  };
  const optionsByCategory = groupBy(options, (o) => [o.category]);
  const valueRows = new Map([...optionsByCategory].map(([category, list]) => [category, list.map(toRow)]));

  return {
    scale: criteria.scale,
    categories: criteria.categories,
    criteria: sortedCriteria,
    criterionById: new Map(sortedCriteria.map((c) => [c.id, c])),
    criteriaByCategory,
    options,
    optionById: new Map(options.map((o) => [o.id, o])),
    optionsByCategory,
    valueRows,
    sources: [...parsed.sources].sort(byId),
    sourceById: new Map(parsed.sources.map((s) => [s.id, s])),
    environment,
    caseStudies: parsed.caseStudies.map((c) => c.value).sort(byId),
    benchmarks: parsed.benchmarks.map((b) => b.value).sort(byId),
    presets: parsed.presets.map((p) => p.value).sort(byId),
    stackRules: parsed.stackRules ?? { orchestrators: [], rules: [] },
  };
}

/** A knowledge base from files validated at build time: indexed, not checked again. */
export const trustedKnowledge = (files: readonly RawFile[]): Knowledge => indexKnowledge(trustedFiles(files));
