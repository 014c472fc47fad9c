import { useMemo } from 'react';
import type { CategoryId, Solution } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';

export interface ComparedSelection {
  /** The category being compared: the first chosen option's. */
  category: CategoryId | undefined;
  /** The chosen options of that category, in the order they were chosen. */
  options: Solution[];
  /** Every chosen option the knowledge base knows, in the order chosen. */
  chosen: Solution[];
  /** Chosen options of other categories, left out of the comparison. */
  leftOut: Solution[];
  /** Stored ids the knowledge base does not know (e.g. a renamed option). */
  unknownIds: string[];
}

export function useComparedSelection(): ComparedSelection {
  const compared = useAppStore((s) => s.compared);
  const { kb } = useKnowledge();
  return useMemo(() => {
    const known: Solution[] = [];
    const unknownIds: string[] = [];
    for (const id of compared) {
      const option = kb.optionById.get(id);
      if (option) known.push(option);
      else unknownIds.push(id);
    }
    const category = known[0]?.category;
    return {
      category,
      chosen: known,
      options: known.filter((o) => o.category === category),
      leftOut: known.filter((o) => o.category !== category),
      unknownIds,
    };
  }, [compared, kb]);
}
