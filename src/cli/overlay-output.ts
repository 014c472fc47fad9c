import type { Knowledge } from '../domain/knowledge';
import { rankedOptionFacts, type PlacedFacts } from '../domain/overlay';
import type { Ranking } from '../domain/scoring';
import { describeOverlayFacts } from '../words';

/** Per option of a ranking (the excluded too), what the overlay set about it, in the ranking's terms. */
function overlaidByOption(kb: Knowledge, result: Ranking): Map<string, PlacedFacts[]> {
  const criteria = result.criteria.map((c) => c.criterion);
  const out = new Map<string, PlacedFacts[]>();
  for (const option of [...result.ranking, ...result.excluded]) {
    const placed =
      'cells' in option
        ? rankedOptionFacts(kb, option.id, criteria, option.cells)
        : rankedOptionFacts(kb, option.id, []);
    if (placed.length > 0) out.set(option.id, placed);
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
