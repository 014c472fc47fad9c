import type { EnvMatch, Environment, EnvironmentKey } from '../schemas';

export type Truth = 'met' | 'unmet' | 'unknown';

/** Called for each environment key whose absence left a condition open. */
export type OnUnknown = (key: EnvironmentKey) => void;

/** Compares "major.minor" versions numerically. */
export function compareKernel(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

const flags = ['bgp', 'l2', 'udpOffload', 'sriov', 'openstack', 'saas'] as const;

/**
 * Three-valued: met when every key holds, unmet when any key is contradicted, otherwise unknown.
 * Unknown keys are reported only when the outcome is unknown: a condition that a known fact
 * already rules out leaves nothing open. Allocation-free when nothing is reported.
 */
export function matchTruth(match: EnvMatch, env: Environment, onUnknown?: OnUnknown): Truth {
  const truth = decide(match, env);
  if (truth === 'unknown' && onUnknown) decide(match, env, onUnknown);
  return truth;
}

function decide(match: EnvMatch, env: Environment, onUnknown?: OnUnknown): Truth {
  let unknown = false;
  if (match.orchestrator !== undefined) {
    if (env.orchestrator === undefined) {
      unknown = true;
      onUnknown?.('orchestrator');
    } else if (!match.orchestrator.includes(env.orchestrator)) return 'unmet';
  }
  if (match.cloud !== undefined) {
    if (env.cloud === undefined) {
      unknown = true;
      onUnknown?.('cloud');
    } else if (!match.cloud.includes(env.cloud)) return 'unmet';
  }
  for (const key of flags) {
    const wanted = match[key];
    if (wanted === undefined) continue;
    const actual = env[key];
    if (actual === undefined) {
      unknown = true;
      onUnknown?.(key);
    } else if (actual !== wanted) return 'unmet';
  }
  if (match.kernelAtLeast !== undefined) {
    if (env.kernel === undefined) {
      unknown = true;
      onUnknown?.('kernel');
    } else if (compareKernel(env.kernel, match.kernelAtLeast) < 0) return 'unmet';
  }
  if (match.hostsAtLeast !== undefined || match.hostsBelow !== undefined) {
    if (env.hosts === undefined) {
      unknown = true;
      onUnknown?.('hosts');
    } else if (env.hosts < (match.hostsAtLeast ?? 1) || env.hosts >= (match.hostsBelow ?? Infinity))
      return 'unmet';
  }
  return unknown ? 'unknown' : 'met';
}

/** The environment fact a condition key is about. */
export function envKeyOf(key: keyof EnvMatch): EnvironmentKey {
  if (key === 'kernelAtLeast') return 'kernel';
  if (key === 'hostsAtLeast' || key === 'hostsBelow') return 'hosts';
  return key;
}

/** Any-of over alternatives: met if one is met, unmet if all are unmet. */
export function anyOfTruth(
  alternatives: readonly EnvMatch[],
  env: Environment,
  onUnknown?: OnUnknown,
): Truth {
  let unknown = false;
  for (const match of alternatives) {
    const truth = matchTruth(match, env);
    if (truth === 'met') return 'met';
    if (truth === 'unknown') unknown = true;
  }
  if (!unknown) return 'unmet';
  // Only now, when the outcome is open, say which keys kept it open.
  if (onUnknown) for (const match of alternatives) matchTruth(match, env, onUnknown);
  return 'unknown';
}
