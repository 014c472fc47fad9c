import type { Knowledge } from '@/domain/knowledge';
import { cellFacts } from '@/domain/overlay/cell-facts';
import { factKey, type OverlayFact } from '@/domain/overlay/applied';
import type { Criterion, Environment } from '@/domain/schemas';
import { categoryCells, cellOf, type Ranking } from '@/domain/scoring';
import type { StackPick } from '@/domain/stack';

const given = <T>(item: T | undefined): item is T => item !== undefined;

/**
 * The overlay's facts behind a pick's score: the values it set and the benchmarks of its own that
 * measured values were drawn from, over every criterion that counts, each from the member of a
 * pipeline it comes from. Options the overlay added are marked by their names instead.
 */
export function scoreFacts(
  kb: Knowledge,
  pick: StackPick,
  ranking: Ranking | undefined,
  environment: Environment,
): OverlayFact[] {
  if (!kb.overlay || !ranking) return [];
  const criteria: Criterion[] = ranking.criteria.map((c) => kb.criterionById.get(c.criterion)).filter(given);
  const table = categoryCells(kb, pick.category, criteria, environment);
  const facts = new Map<string, OverlayFact>();
  for (const criterion of criteria) {
    const member = pick.pipeline?.values.find((v) => v.criterion === criterion.id)?.member ?? pick.option.id;
    for (const fact of cellFacts(kb, member, criterion.id, cellOf(table, criterion.id, member)))
      if (fact.kind !== 'option') facts.set(factKey(fact.kind, fact.id, fact.criterion), fact);
  }
  return [...facts.values()];
}
