import { readKnowledge } from './read-knowledge';

/** `advisor validate`: loads data/ with every check and prints a summary. */
export function validateCommand(): string {
  const kb = readKnowledge();
  const counts = kb.categories.map((c) => `${c.id} ${kb.optionsByCategory.get(c.id)?.length ?? 0}`);
  return [
    `knowledge base OK: ${kb.options.length} options (${counts.join(', ')}), ${kb.criteria.length} criteria,`,
    `${kb.caseStudies.length} case studies, ${kb.benchmarks.length} benchmarks, ${kb.presets.length} presets, ${kb.sources.length} sources`,
  ].join('\n');
}
