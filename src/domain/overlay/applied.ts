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
