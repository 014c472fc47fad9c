import type { CategoryId, Criterion, CriterionValue, Solution } from '../schemas';
import { crossCheck } from './cross-check';
import { KnowledgeError, type Knowledge, type RawFile, type ValueRow } from './knowledge';
import { parseFiles } from './parse-files';
import { pluginRequirement } from './plugin-requirement';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly CategoryId[]): Map<CategoryId, T[]> {
  const map = new Map<CategoryId, T[]>();
  for (const item of items) {
    for (const key of keys(item)) map.set(key, [...(map.get(key) ?? []), item]);
  }
  return map;
}

/** Validates every file and every cross-reference; throws KnowledgeError listing all problems. */
export function loadKnowledge(files: readonly RawFile[]): Knowledge {
  const problems: string[] = [];
  const parsed = parseFiles(files, problems);
  crossCheck(parsed, problems);
  const { criteria, environment } = parsed;
  if (problems.length > 0 || !criteria || !environment) throw new KnowledgeError(problems);

  const options: Solution[] = parsed.solutions
    .map(({ value }) => {
      const derived = pluginRequirement(value, environment);
      return derived ? { ...value, requires: [derived, ...value.requires] } : value;
    })
    .sort(byId);
  const sortedCriteria: Criterion[] = [...criteria.criteria].sort(byId);
  const criteriaByCategory = groupBy(sortedCriteria, (c) => c.categories);
  // Cross-checks above guarantee every criterion of the category has a value.
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
