import type { Knowledge } from '../domain/knowledge';
import { cellFacts, overlaidFact, type OverlayFact } from '../domain/overlay';
import type { Ranking } from '../domain/scoring';
import { describeOverlayFacts } from '../words';

type Entry = { criterion?: string; facts: OverlayFact[] };

/**
 * Per option of a ranking: an option the overlay added or replaced once, then each criterion whose
 * value it set or measured, and a replaced status.
 */
function overlaidByOption(kb: Knowledge, result: Ranking): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  const add = (id: string, entry: Entry) =>
    entry.facts.length > 0 && out.set(id, [...(out.get(id) ?? []), entry]);
  for (const option of [...result.ranking, ...result.excluded]) {
    const whole = overlaidFact(kb.overlay, 'option', option.id);
    add(option.id, { facts: whole ? [whole] : [] });
    const status = overlaidFact(kb.overlay, 'status', option.id);
    add(option.id, { facts: status ? [status] : [] });
    if (!('cells' in option)) continue;
    result.criteria.forEach((c, j) => {
      const facts = cellFacts(kb, option.id, c.criterion, option.cells[j]).filter((f) => f.kind !== 'option');
      add(option.id, { criterion: c.criterion, facts });
    });
  }
  return out;
}

/** The overlay section of `recommend`'s text: which of the ranked facts it supplied. */
export function overlayText(kb: Knowledge, result: Ranking): string[] {
  const overlay = kb.overlay;
  if (!overlay) return [];
  const lines = ['', `Overlay "${overlay.name}" (${overlay.owner}; sha256 ${overlay.sha256.slice(0, 12)}…):`];
  const byOption = overlaidByOption(kb, result);
  for (const [id, entries] of byOption)
    for (const entry of entries)
      lines.push(
        `  ${id}${entry.criterion ? ` ${entry.criterion}` : ''}: ${describeOverlayFacts(kb, entry.facts, 'en')}`,
      );
  if (byOption.size === 0) lines.push('  (none of its facts count in this ranking)');
  return lines;
}

/** Added to `recommend --json` only with --overlay: the overlay, and per option what it supplied. */
export function overlayJson(kb: Knowledge, result: Ranking) {
  const overlay = kb.overlay;
  if (!overlay) return undefined;
  const byOption = overlaidByOption(kb, result);
  return {
    overlay: { name: overlay.name, owner: overlay.owner, sha256: overlay.sha256 },
    overlaid: (id: string) => {
      const entries = byOption.get(id);
      const criteria = entries?.flatMap((e) => (e.criterion === undefined ? [] : [e.criterion]));
      return entries && { overlaid: criteria ?? [] };
    },
  };
}
