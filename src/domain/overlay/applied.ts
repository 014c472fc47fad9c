/** What an overlay entry does to the base knowledge. */
export type OverlayFactKind =
  'source' | 'option' | 'value' | 'status' | 'benchmark' | 'case-study' | 'stack-rule';

export interface OverlayFact {
  kind: OverlayFactKind;
  change: 'added' | 'overridden';
  /** The entity's id; for a value, the option's. */
  id: string;
  /** For a value: the criterion. */
  criterion?: string;
}

/** The overlay a knowledge base was merged with: who wrote it, its content hash, what it set. */
export interface AppliedOverlay {
  name: string;
  owner: string;
  description: string | undefined;
  /** SHA-256 of the overlay text as read, a leading byte-order mark left out. */
  sha256: string;
  /** Keyed by `factKey`. */
  facts: ReadonlyMap<string, OverlayFact>;
}

/** The key of an overlaid fact: `value:<option>:<criterion>`, `status:<option>`, `<kind>:<id>`. */
export function factKey(kind: OverlayFactKind, id: string, criterion?: string): string {
  return criterion === undefined ? `${kind}:${id}` : `${kind}:${id}:${criterion}`;
}

/** The overlaid fact behind a key, when the knowledge carries an overlay that set it. */
export function overlaidFact(
  overlay: AppliedOverlay | undefined,
  kind: OverlayFactKind,
  id: string,
  criterion?: string,
): OverlayFact | undefined {
  return overlay?.facts.get(factKey(kind, id, criterion));
}

/** The order overlay kinds are named in (records, summaries). */
export const overlayKinds: readonly OverlayFactKind[] = [
  'source',
  'option',
  'value',
  'status',
  'benchmark',
  'case-study',
  'stack-rule',
];

/** How many entities of one kind an overlay added, or replaced. */
export interface OverlayCount {
  kind: OverlayFactKind;
  count: number;
}

/** How many facts of each kind made `change`, in `overlayKinds` order; kinds with none left out. */
export function countFacts(facts: Iterable<OverlayFact>, change: OverlayFact['change']): OverlayCount[] {
  const counts = new Map<OverlayFactKind, number>();
  for (const fact of facts)
    if (fact.change === change) counts.set(fact.kind, (counts.get(fact.kind) ?? 0) + 1);
  return overlayKinds.flatMap((kind) => {
    const count = counts.get(kind);
    return count ? [{ kind, count }] : [];
  });
}
