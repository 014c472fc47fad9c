import type { Knowledge } from '@/domain/knowledge/knowledge';
import { OVERLAY_NEEDS, type KnowledgeNeed } from '@/knowledge-context';

const brief = (kb: Knowledge): KnowledgeNeed[] => kb.categories.map((c) => `text:${c.id}`);
const detail = (kb: Knowledge): KnowledgeNeed[] => kb.categories.map((c) => `text:${c.id}.detail`);

/** Every part: for the views that draw on the whole knowledge base (stack, decision, about…). */
export function everything(kb: Knowledge): KnowledgeNeed[] {
  return [
    'text:core',
    'scoring',
    'cases',
    'quotes',
    'sources:all',
    'text:benchmarks',
    'text:cases',
    'text:rules',
    ...brief(kb),
    ...detail(kb),
  ];
}

/**
 * What a view shows, so what it waits for: `#/` the core alone; a ranking its category's names,
 * summaries and requirements (evidence loads with Details); compare the compared options' text;
 * benchmarks their figures, text and sources. `compared` is the comparison selection.
 */
export function viewNeeds(
  head: string | undefined,
  param: string | undefined,
  kb: Knowledge,
  compared: readonly string[],
): KnowledgeNeed[] {
  switch (head) {
    case undefined:
      return ['text:core'];
    case 'results':
      return ['text:core', 'scoring', `text:${param ?? 'networking'}`, `sources:${param ?? 'networking'}`];
    case 'compare': {
      const categories = new Set(compared.flatMap((id) => kb.optionById.get(id)?.category ?? []));
      return [
        'text:core',
        'scoring',
        ...[...categories].flatMap((c) => [`text:${c}`, `text:${c}.detail`, `sources:${c}`]),
      ];
    }
    case 'benchmarks':
      return ['text:core', 'scoring', 'text:benchmarks', 'sources:benchmarks'];
    case 'cases':
      return ['text:core', 'scoring', 'cases', 'text:cases', 'sources:cases', ...brief(kb)];
    case 'overlay':
      return ['text:core', ...OVERLAY_NEEDS, ...brief(kb)];
    default:
      return everything(kb);
  }
}
