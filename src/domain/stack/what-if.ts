import type { Knowledge } from '../knowledge';
import type { CategoryId, Environment, Profile } from '../schemas';
import { compareKernel, rank, SCORE_EPSILON, type Method, type Ranking } from '../scoring';

/** One change to the environment and what it does to one category's ranking. */
export interface WhatIf {
  change: Record<string, boolean | string>;
  category: CategoryId;
  winner: string | null;
  /** The new winner's score minus today's winner's score. */
  scoreDelta: number;
  newlyFeasible: string[];
}

const FLAGS = ['bgp', 'l2', 'udpOffload', 'sriov', 'openstack', 'saas'] as const;
/** Kernel versions that open options up (overlay 3.16, ipvlan 4.2, eBPF 5.4…): the usual upgrade steps. */
const KERNELS = ['3.16', '4.19', '5.4'] as const;

/** Each fact that is unknown or false set to true, and each kernel upgrade above today's. */
function changes(env: Environment): Record<string, boolean | string>[] {
  const out: Record<string, boolean | string>[] = FLAGS.filter((f) => env[f] !== true).map((f) => ({
    [`environment.${f}`]: true,
  }));
  for (const kernel of KERNELS) {
    if (env.kernel === undefined || compareKernel(kernel, env.kernel) > 0)
      out.push({ 'environment.kernel': kernel });
  }
  return out;
}

function applied(env: Environment, change: Record<string, boolean | string>): Environment {
  const next: Record<string, unknown> = { ...env };
  for (const [key, value] of Object.entries(change)) next[key.slice('environment.'.length)] = value;
  return next as Environment;
}

/**
 * For each environment fact that is unknown or false (and each kernel upgrade that matters), what
 * changes in a category: the new winner, the score gained, the options that become feasible.
 * Changes that alter nothing are left out.
 */
export function whatIf(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  categories: readonly CategoryId[],
): WhatIf[] {
  const base = new Map<CategoryId, Ranking>(
    categories.map((c) => [c, rank(kb, profile, { category: c, method })]),
  );
  return changes(profile.environment).flatMap((change) => {
    const environment = applied(profile.environment, change);
    return categories.flatMap((category): WhatIf[] => {
      const before = base.get(category) as Ranking;
      const after = rank(kb, { ...profile, environment }, { category, method });
      const feasibleBefore = new Set(before.ranking.map((o) => o.id));
      const newlyFeasible = after.ranking.map((o) => o.id).filter((id) => !feasibleBefore.has(id));
      const winner = after.ranking[0]?.id ?? null;
      const scoreDelta = (after.ranking[0]?.score ?? 0) - (before.ranking[0]?.score ?? 0);
      const changed =
        winner !== (before.ranking[0]?.id ?? null) ||
        newlyFeasible.length > 0 ||
        Math.abs(scoreDelta) > SCORE_EPSILON;
      return changed ? [{ change, category, winner, scoreDelta, newlyFeasible }] : [];
    });
  });
}
