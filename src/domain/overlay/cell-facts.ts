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
