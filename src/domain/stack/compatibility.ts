import type { Knowledge } from '../knowledge';
import type { Environment, LocalizedText, Orchestrator, Solution, SourceRef } from '../schemas';
import { anyOfTruth } from '../scoring';

/** Why two picks cannot stand in one stack: the rule or requirement, and its source. */
export interface Conflict {
  ids: [string, string];
  reason: LocalizedText;
  source: SourceRef;
}

/** The orchestrator an orchestration option is, from data/stack-rules.json. */
export function orchestratorOf(kb: Knowledge, option: Solution): Orchestrator | undefined {
  return kb.stackRules.orchestrators.find((o) => o.option === option.id)?.orchestrator;
}

/**
 * Whether `a` and `b` can stand in one stack. Two kinds of evidence: an option's own
 * requirements on the orchestrator, checked against the orchestrator the stack picked (this is
 * how plugin models, Mesos-only discovery and the like carry over), and the cross-category rules.
 */
export function conflictBetween(
  kb: Knowledge,
  env: Environment,
  a: Solution,
  b: Solution,
): Conflict | undefined {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const rule of kb.stackRules.rules) {
      if (rule.when === x.id && y.category === rule.category && !rule.anyOf.includes(y.id)) {
        return { ids: [x.id, y.id], reason: rule.reason, source: rule.source };
      }
    }
    if (y.category !== 'orchestration') continue;
    const orchestrator = orchestratorOf(kb, y);
    if (!orchestrator) continue;
    const stackEnv: Environment = { ...env, orchestrator };
    for (const requirement of x.requires) {
      if (!requirement.anyOf.some((m) => m.orchestrator !== undefined)) continue;
      if (anyOfTruth(requirement.anyOf, stackEnv) === 'unmet') {
        return { ids: [x.id, y.id], reason: requirement.reason, source: requirement.source };
      }
    }
  }
  return undefined;
}
