import type { Knowledge } from '../domain/knowledge';
import { countFacts, type OverlayFactKind } from '../domain/overlay';
import { readKnowledge, readKnowledgeWithOverlay } from './read-knowledge';

const singular: Record<OverlayFactKind, string> = {
  source: 'source',
  option: 'option',
  value: 'value',
  status: 'status',
  benchmark: 'benchmark',
  'case-study': 'case study',
  'stack-rule': 'stack rule',
};
const plural: Record<OverlayFactKind, string> = {
  source: 'sources',
  option: 'options',
  value: 'values',
  status: 'statuses',
  benchmark: 'benchmarks',
  'case-study': 'case studies',
  'stack-rule': 'stack rules',
};

function overlaySummary(kb: Knowledge): string[] {
  const overlay = kb.overlay;
  if (!overlay) return [];
  const facts = [...overlay.facts.values()];
  const what = (['added', 'overridden'] as const)
    .flatMap((change) =>
      countFacts(facts, change).map(
        ({ kind, count }) => `${count} ${count === 1 ? singular[kind] : plural[kind]} ${change}`,
      ),
    )
    .join(', ');
  return [`overlay "${overlay.name}" OK (${overlay.owner}; sha256 ${overlay.sha256}): ${what || 'no facts'}`];
}

/** `advisor validate [--overlay FILE]`: loads data/ (and the overlay) with every check and prints a summary. */
export function validateCommand(overlay?: string): string {
  const kb = overlay === undefined ? readKnowledge() : readKnowledgeWithOverlay(overlay);
  const counts = kb.categories.map((c) => `${c.id} ${kb.optionsByCategory.get(c.id)?.length ?? 0}`);
  return [
    `knowledge base OK: ${kb.options.length} options (${counts.join(', ')}), ${kb.criteria.length} criteria,`,
    `${kb.caseStudies.length} case studies, ${kb.benchmarks.length} benchmarks, ${kb.presets.length} presets, ${kb.sources.length} sources`,
    ...overlaySummary(kb),
  ].join('\n');
}
