import type { Criterion } from '../schemas';
import type { ParsedFiles } from './parse-files';
import { forEachSourceRef } from './source-refs';

/** Checks that every id referenced anywhere exists and every option is fully valued. */
export function crossCheck(parsed: ParsedFiles, problems: string[]): void {
  const { criteria, environment } = parsed;
  if (!criteria || !environment) return;
  const sourceIds = new Set(parsed.sources.map((s) => s.id as string));
  const criterionById = new Map<string, Criterion>(criteria.criteria.map((c) => [c.id, c]));
  const optionCategory = new Map<string, string>();

  const unique = (kind: string, ids: string[]): void => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`duplicate ${kind} id "${id}"`);
      seen.add(id);
    }
  };
  const ids: [kind: string, ids: string[]][] = [
    ['source', parsed.sources.map((s) => s.id)],
    ['criterion', criteria.criteria.map((c) => c.id)],
    ['category', criteria.categories.map((c) => c.id)],
    ['option', parsed.solutions.map((s) => s.value.id)],
    ['case study', parsed.caseStudies.map((s) => s.value.id)],
    ['benchmark', parsed.benchmarks.map((s) => s.value.id)],
    ['preset', parsed.presets.map((s) => s.value.id)],
  ];
  for (const [kind, list] of ids) unique(kind, list);
  for (const { value } of parsed.solutions) optionCategory.set(value.id, value.category);

  const checkRefs = (file: string, value: unknown): void => {
    forEachSourceRef(value, (ref, path) => {
      if (!sourceIds.has(ref.source))
        problems.push(`${file}: ${path}.source: unknown source "${ref.source}"`);
    });
  };
  checkRefs('data/criteria.json', criteria);
  checkRefs('data/environment.json', environment);
  if (parsed.stackRules) {
    const file = 'data/stack-rules.json';
    checkRefs(file, parsed.stackRules);
    const inCategory = (id: string, category: string, path: string) => {
      const actual = optionCategory.get(id);
      if (actual === undefined) problems.push(`${file}: ${path}: unknown option "${id}"`);
      else if (actual !== category) problems.push(`${file}: ${path}: "${id}" is not a ${category} option`);
    };
    parsed.stackRules.orchestrators.forEach((o, i) =>
      inCategory(o.option, 'orchestration', `orchestrators[${i}].option`),
    );
    parsed.stackRules.rules.forEach((rule, i) => {
      if (!optionCategory.has(rule.when))
        problems.push(`${file}: rules[${i}].when: unknown option "${rule.when}"`);
      rule.anyOf.forEach((id, j) => inCategory(id, rule.category, `rules[${i}].anyOf[${j}]`));
    });
  }

  const categoryIds = new Set(criteria.categories.map((c) => c.id as string));
  for (const c of criteria.criteria) {
    for (const cat of c.categories) {
      if (!categoryIds.has(cat))
        problems.push(`data/criteria.json: criterion "${c.id}": unknown category "${cat}"`);
    }
  }

  for (const { path, value: option } of parsed.solutions) {
    const file = `data/${path}`;
    checkRefs(file, option);
    const expected = criteria.criteria.filter((c) => c.categories.includes(option.category));
    for (const c of expected) {
      if (!(c.id in option.values))
        problems.push(
          `${file}: values.${c.id}: missing (every ${option.category} criterion needs a value and a source)`,
        );
    }
    for (const id of Object.keys(option.values)) {
      const c = criterionById.get(id);
      if (!c) problems.push(`${file}: values.${id}: unknown criterion`);
      else if (!c.categories.includes(option.category)) {
        problems.push(`${file}: values.${id}: criterion does not apply to category "${option.category}"`);
      }
    }
    if (option.pluginModels && option.category !== 'networking') {
      problems.push(`${file}: pluginModels: only networking options have plugin models`);
    }
    // Options of a category with a pipeline (logging, monitoring) are stacks or components.
    const pipeline = criteria.categories.find((c) => c.id === option.category)?.pipeline;
    if (pipeline && !option.provides)
      problems.push(`${file}: provides: missing (every ${option.category} option names its pipeline roles)`);
    if (!pipeline && option.provides)
      problems.push(`${file}: provides: only options of a category with a pipeline fill pipeline roles`);
  }

  for (const { path, value: study } of parsed.caseStudies) {
    const file = `data/${path}`;
    checkRefs(file, study);
    study.stack.forEach((layer, i) => {
      for (const id of layer.options) {
        const cat = optionCategory.get(id);
        if (!cat) problems.push(`${file}: stack[${i}].options: unknown option "${id}"`);
        else if (cat !== layer.category) {
          problems.push(`${file}: stack[${i}].options: "${id}" is ${cat}, not ${layer.category}`);
        }
      }
    });
    study.situation?.needs.forEach((need, i) => {
      if (!criterionById.has(need.criterion))
        problems.push(`${file}: situation.needs[${i}].criterion: unknown criterion "${need.criterion}"`);
    });
    study.flows?.forEach((flow, i) =>
      flow.steps.forEach((step, j) => {
        if (step.option !== undefined && !optionCategory.has(step.option))
          problems.push(`${file}: flows[${i}].steps[${j}].option: unknown option "${step.option}"`);
      }),
    );
  }

  for (const { path, value: bench } of parsed.benchmarks) {
    const file = `data/${path}`;
    checkRefs(file, bench);
    bench.series.forEach((series, i) => {
      const measures = series.criterion === undefined ? undefined : criterionById.get(series.criterion);
      if (series.criterion !== undefined && !measures)
        problems.push(`${file}: series[${i}].criterion: unknown criterion "${series.criterion}"`);
      series.results.forEach((r, j) => {
        const category = r.option === undefined ? undefined : optionCategory.get(r.option);
        if (r.option && !category) {
          problems.push(`${file}: series[${i}].results[${j}].option: unknown option "${r.option}"`);
        } else if (category && measures && !(measures.categories as readonly string[]).includes(category)) {
          problems.push(
            `${file}: series[${i}].results[${j}].option: "${r.option}" is a ${category} option; ${measures.id} does not apply to it`,
          );
        }
      });
    });
  }

  for (const { path, value: preset } of parsed.presets) {
    const file = `data/${path}`;
    for (const id of Object.keys(preset.profile.weights)) {
      if (!criterionById.has(id)) problems.push(`${file}: profile.weights.${id}: unknown criterion`);
    }
    for (const id of preset.profile.mustHave) {
      if (!criterionById.has(id)) problems.push(`${file}: profile.mustHave: unknown criterion "${id}"`);
    }
  }
}
