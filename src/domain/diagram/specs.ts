import type { CaseStudy, CategoryId, Language, OptionId } from '../schemas';
import type { DiagramSpec } from './diagram';

/** A case study's reference architecture: its layers as stated and the paths the seeds describe. */
export function caseStudySpec(study: CaseStudy, language: Language): DiagramSpec {
  const layers: Partial<Record<CategoryId, OptionId[]>> = {};
  const details: Partial<Record<CategoryId, string>> = {};
  for (const layer of study.stack) {
    layers[layer.category] = [...(layers[layer.category] ?? []), ...layer.options];
    if (layer.options.length === 0) details[layer.category] = layer.detail[language] || layer.detail.en;
  }
  return {
    title: study.company[language] || study.company.en,
    layers,
    details,
    hosts: study.scale.hosts?.value,
    flows: study.flows ?? [],
  };
}

/** A composed stack: each category's options (a pipeline has several). */
export function stackSpec(
  title: string,
  picks: readonly { category: CategoryId; ids: readonly OptionId[] }[],
  hosts: number | undefined,
): DiagramSpec {
  return { title, layers: Object.fromEntries(picks.map((p) => [p.category, p.ids])), hosts };
}
