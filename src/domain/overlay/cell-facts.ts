import type { Knowledge } from '../knowledge';
import type { Cell } from '../scoring/value-table';
import { overlaidFact, type OverlayFact } from './applied';

/**
 * The overlay's facts behind one option's value on one criterion: the option itself when the
 * overlay added or replaced it, the value when it set that, and each of its benchmarks the
 * measured value was drawn from. Empty without an overlay.
 */
export function cellFacts(kb: Knowledge, option: string, criterion: string, cell?: Cell): OverlayFact[] {
  const overlay = kb.overlay;
  if (!overlay) return [];
  const facts = [
    overlaidFact(overlay, 'option', option),
    overlaidFact(overlay, 'value', option, criterion),
    ...(cell?.measured?.benchmarks ?? []).map((id) => overlaidFact(overlay, 'benchmark', id)),
  ];
  return facts.filter((f): f is OverlayFact => f !== undefined);
}

const given = (fact: OverlayFact | undefined): fact is OverlayFact => fact !== undefined;

/** What the overlay did to an option itself: added or replaced it, replaced its status. */
export const optionFacts = (kb: Knowledge, id: string): OverlayFact[] =>
  [overlaidFact(kb.overlay, 'option', id), overlaidFact(kb.overlay, 'status', id)].filter(given);

/**
 * The overlay's facts behind one shown value, an option it added left out: views mark that once,
 * by the option's name (`optionFacts`), not again on every value.
 */
export const valueFacts = (kb: Knowledge, option: string, criterion: string, cell?: Cell): OverlayFact[] =>
  cellFacts(kb, option, criterion, cell).filter((fact) => fact.kind !== 'option');

/** What the overlay set about one option, and on which criterion (none: the option or its status). */
export interface PlacedFacts {
  criterion: string | undefined;
  facts: OverlayFact[];
}

/**
 * Everything the overlay set about one option as a ranking shows it: the option itself and its
 * status once, then, per criterion that counts (`cells` aligned with `criteria`), the value it set
 * or the measurements of its own the value was drawn from. Entries without a fact are left out.
 */
export function rankedOptionFacts(
  kb: Knowledge,
  option: string,
  criteria: readonly string[],
  cells: readonly (Cell | undefined)[] = [],
): PlacedFacts[] {
  if (!kb.overlay) return [];
  return [
    { criterion: undefined, facts: optionFacts(kb, option) },
    ...criteria.map((criterion, j) => ({ criterion, facts: valueFacts(kb, option, criterion, cells[j]) })),
  ].filter((entry) => entry.facts.length > 0);
}
