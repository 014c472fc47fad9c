import type { Environment, EnvironmentKey, EnvMatch, Requirement, Solution } from '../schemas';
import { unmaintainedStates } from '../schemas';
import { anyOfTruth, envKeyOf, matchTruth } from './environment-match';
import type { Caveat, ExclusionReason, FactMismatch } from './types';

function mismatches(requirement: Requirement, env: Environment): FactMismatch[] {
  const facts = new Map<EnvironmentKey, FactMismatch>();
  for (const match of requirement.anyOf) {
    for (const key of Object.keys(match) as (keyof EnvMatch)[]) {
      const single = { [key]: match[key] } as EnvMatch;
      if (matchTruth(single, env) !== 'unmet') continue;
      const envKey = envKeyOf(key);
      const fact = facts.get(envKey) ?? { key: envKey, actual: env[envKey] ?? '', expected: [] };
      fact.expected.push(single);
      facts.set(envKey, fact);
    }
  }
  return [...facts.values()];
}

export interface RequirementCheck {
  reasons: ExclusionReason[];
  /** Environment keys left unknown that a requirement depends on. */
  unknownKeys: EnvironmentKey[];
  caveats: Caveat[];
}

const clear: RequirementCheck = Object.freeze({ reasons: [], unknownKeys: [], caveats: [] });

/** Environment requirements (plugin model included) and lifecycle; must-haves are checked on values. */
export function checkRequirements(
  option: Solution,
  env: Environment,
  includeUnmaintained: boolean,
): RequirementCheck {
  const { status } = option;
  const retired = !includeUnmaintained && unmaintainedStates.includes(status.state);
  // Most options have no requirement and a live project: one shared answer, nothing allocated.
  if (option.requires.length === 0 && !retired) return clear;
  const reasons: ExclusionReason[] = [];
  const unknownKeys: EnvironmentKey[] = [];
  const caveats: Caveat[] = [];
  const onUnknown = (key: EnvironmentKey) => {
    if (!unknownKeys.includes(key)) unknownKeys.push(key);
  };
  if (retired) {
    reasons.push({
      kind: 'lifecycle',
      state: status.state,
      asOf: status.asOf,
      note: status.note,
      source: status.source,
    });
  }
  for (const requirement of option.requires) {
    const truth = anyOfTruth(requirement.anyOf, env, onUnknown);
    if (truth === 'unmet') {
      reasons.push({
        kind: requirement.origin === 'pluginModel' ? 'pluginModel' : 'environment',
        facts: mismatches(requirement, env),
        reason: requirement.reason,
        source: requirement.source,
      });
    } else if (truth === 'met') {
      for (const via of requirement.feasibleVia ?? []) {
        if (matchTruth(via.if, env) === 'met') caveats.push({ note: via.note, source: via.source });
      }
    }
  }
  return { reasons, unknownKeys, caveats };
}
