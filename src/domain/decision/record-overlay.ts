import type { Knowledge } from '../knowledge';
import { countFacts, type OverlayCount, type OverlayFact } from '../overlay/applied';
import { rankedOptionFacts } from '../overlay/cell-facts';
import type { CategoryId, CriterionId, Environment, Solution } from '../schemas';
import { cellFor } from '../scoring';
import type { CategoryDecision } from './decision-data';

export { overlayKinds, type OverlayCount } from '../overlay/applied';

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

/** The overlay's facts about one chosen option: the option, its status, its values and measurements. */
function chosenFacts(
  kb: Knowledge,
  env: Environment,
  d: CategoryDecision,
  option: Solution,
): RecordOverlayFact[] {
  const criteria = d.ranking.criteria.map((c) => c.criterion);
  // Each cell as the ranking computes it (a measured one cites benchmarks); a pipeline's member
  // has no row of its own in the ranking.
  const cells = criteria.map((id) => {
    const criterion = kb.criterionById.get(id);
    return criterion ? cellFor(kb, option, criterion, env) : undefined;
  });
  return rankedOptionFacts(kb, option.id, criteria, cells).flatMap(({ criterion, facts }) =>
    facts.map((fact) => ({
      category: d.category,
      option,
      criterion: criterion as CriterionId | undefined,
      fact,
    })),
  );
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
    added: countFacts(facts, 'added'),
    overridden: countFacts(facts, 'overridden'),
    used: decisions.flatMap((d) => (d.chosen?.members ?? []).flatMap((m) => chosenFacts(kb, env, d, m))),
  };
}
