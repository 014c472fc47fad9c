import type { Knowledge } from '../knowledge';
import type { CaseStudyId, OptionId } from '../schemas';

/** Two options of different layers that a case study reports running together. */
export interface Pairing {
  ids: [OptionId, OptionId];
  studies: CaseStudyId[];
}

/**
 * The pairs among `ids` that some company ran together, with the companies: positive evidence
 * that the combination works in production, as the case studies' own stacks state it.
 */
export function pairingsAmong(kb: Knowledge, ids: readonly OptionId[]): Pairing[] {
  const wanted = new Set(ids);
  const found = new Map<string, Pairing>();
  for (const study of kb.caseStudies) {
    const used = new Map<OptionId, string>();
    for (const layer of study.stack)
      for (const id of layer.options) if (wanted.has(id)) used.set(id, layer.category);
    const list = [...used.keys()].sort();
    list.forEach((a, i) => {
      for (const b of list.slice(i + 1)) {
        if (used.get(a) === used.get(b)) continue;
        const key = `${a} ${b}`;
        const pairing = found.get(key) ?? { ids: [a, b], studies: [] };
        pairing.studies.push(study.id);
        found.set(key, pairing);
      }
    });
  }
  return [...found.values()].sort(
    (x, y) => y.studies.length - x.studies.length || (x.ids.join() < y.ids.join() ? -1 : 1),
  );
}
