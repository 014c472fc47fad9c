import type { Knowledge } from '../knowledge';
import { overlaidFact, type OverlayFact, type OverlayFactKind } from '../overlay/applied';
import { cellFacts } from '../overlay/cell-facts';
import type { CategoryId, CriterionId, Environment, Solution } from '../schemas';
import { cellFor } from '../scoring';
import type { CategoryDecision } from './decision-data';

/** How many entities of one kind an overlay added, or replaced. */
export interface OverlayCount {
  kind: OverlayFactKind;
  count: number;
}

/** One fact the record states about a chosen option that the overlay set. */
export interface RecordOverlayFact {
  category: CategoryId;
  /** The chosen option (a pipeline's member) the fact is about. */
  option: Solution;
  /** The criterion whose value or measurement it set; undefined for the option itself or its status. */
  criterion: CriterionId | undefined;
  /** What the overlay did: for a measurement, the benchmark it added or replaced. */
  fact: OverlayFact;
}

/**
 * The overlay merged into the knowledge behind a record: who wrote it, the hash of its text (to
 * check a file against), what it added and replaced, and which of the record's facts it set. Every
 * text here is the overlay's own: untrusted, to be escaped wherever it is written.
 */
export interface RecordOverlay {
  name: string;
  owner: string;
  description: string | undefined;
  /** SHA-256 of the overlay's text: 64 hex digits. */
  sha256: string;
  /** Per kind, in `overlayKinds` order; kinds it set none of are left out. */
  added: OverlayCount[];
  overridden: OverlayCount[];
  /**
   * The covered layers' chosen options that it added or replaced, their maintenance states, and
   * their values and measurements on the criteria that count; in the record's layer order.
   */
  used: RecordOverlayFact[];
}

/** The order a record names an overlay's kinds in. */
const KIND_ORDER: Record<OverlayFactKind, number> = {
  source: 0,
  option: 1,
  value: 2,
  status: 3,
  benchmark: 4,
  'case-study': 5,
  'stack-rule': 6,
};

export const overlayKinds = (Object.keys(KIND_ORDER) as OverlayFactKind[]).sort(
  (a, b) => KIND_ORDER[a] - KIND_ORDER[b],
);

function counted(facts: Iterable<OverlayFact>, change: OverlayFact['change']): OverlayCount[] {
  const counts = new Map<OverlayFactKind, number>();
  for (const fact of facts)
    if (fact.change === change) counts.set(fact.kind, (counts.get(fact.kind) ?? 0) + 1);
  return overlayKinds.flatMap((kind) => {
    const count = counts.get(kind);
    return count ? [{ kind, count }] : [];
  });
}

/** The overlay's facts about one chosen option: the option, its values and measurements, its status. */
function optionFacts(
  kb: Knowledge,
  env: Environment,
  d: CategoryDecision,
  option: Solution,
): RecordOverlayFact[] {
  const overlay = kb.overlay;
  const about = (criterion: CriterionId | undefined, fact: OverlayFact): RecordOverlayFact => ({
    category: d.category,
    option,
    criterion,
    fact,
  });
  const itself = overlaidFact(overlay, 'option', option.id);
  const status = overlaidFact(overlay, 'status', option.id);
  // The criteria that count, each cell as the ranking computes it (a measured one cites benchmarks).
  const values = d.ranking.criteria.flatMap(({ criterion: id }) => {
    const criterion = kb.criterionById.get(id);
    if (!criterion) return [];
    const cell = cellFor(kb, option, criterion, env);
    // The option itself is said once, not again for each of its values.
    return cellFacts(kb, option.id, id, cell)
      .filter((f) => f.kind !== 'option')
      .map((f) => about(id, f));
  });
  return [
    ...(itself ? [about(undefined, itself)] : []),
    ...(status ? [about(undefined, status)] : []),
    ...values,
  ];
}

/**
 * The overlay behind a record, with what it set among the covered layers' chosen options;
 * undefined when the knowledge has none.
 */
export function recordOverlay(
  kb: Knowledge,
  env: Environment,
  decisions: readonly CategoryDecision[],
): RecordOverlay | undefined {
  const overlay = kb.overlay;
  if (!overlay) return undefined;
  const facts = [...overlay.facts.values()];
  return {
    name: overlay.name,
    owner: overlay.owner,
    description: overlay.description,
    sha256: overlay.sha256,
    added: counted(facts, 'added'),
    overridden: counted(facts, 'overridden'),
    used: decisions.flatMap((d) => (d.chosen?.members ?? []).flatMap((m) => optionFacts(kb, env, d, m))),
  };
}
