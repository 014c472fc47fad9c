import type { Cloud, EnvMatch, Orchestrator } from '@/domain/schemas';
import { format } from '@/ui';

/** The words a condition is built from, in the current language (from messages.ts). */
export interface ConditionWords extends Record<Cloud, string> {
  with: string;
  and: string;
  /** Between a key and its value: ": " or "：". */
  is: string;
  or: string;
  yes: string;
  no: string;
  orchestrator: string;
  cloud: string;
  bgp: string;
  l2: string;
  udpOffload: string;
  sriov: string;
  openstack: string;
  saas: string;
  kernelAtLeast: string;
  hostsAtLeast: string;
  hostsBelow: string;
}

export type OrchestratorName = (id: Orchestrator) => string;

const flags = ['bgp', 'l2', 'udpOffload', 'sriov', 'openstack', 'saas'] as const;

/** The parts of one condition, e.g. ["UDP offload: yes", "kernel ≥ 4.2"]. */
function parts(match: EnvMatch, words: ConditionWords, name: OrchestratorName): string[] {
  const out: string[] = [];
  if (match.orchestrator)
    out.push(`${words.orchestrator}${words.is}${match.orchestrator.map(name).join(words.or)}`);
  if (match.cloud) out.push(`${words.cloud}${words.is}${match.cloud.map((c) => words[c]).join(words.or)}`);
  for (const flag of flags) {
    const wanted = match[flag];
    if (wanted !== undefined) out.push(`${words[flag]}${words.is}${wanted ? words.yes : words.no}`);
  }
  if (match.kernelAtLeast) out.push(format(words.kernelAtLeast, { version: match.kernelAtLeast }));
  if (match.hostsAtLeast) out.push(format(words.hostsAtLeast, { n: match.hostsAtLeast }));
  if (match.hostsBelow) out.push(format(words.hostsBelow, { n: match.hostsBelow }));
  return out;
}

/** "UDP offload: yes and kernel ≥ 4.2" — every key of the condition must hold. */
export function describeMatch(match: EnvMatch, words: ConditionWords, name: OrchestratorName): string {
  return parts(match, words, name).join(words.and);
}

/** "with UDP offload: yes" — the heading of an environment-dependent value. */
export function describeCondition(match: EnvMatch, words: ConditionWords, name: OrchestratorName): string {
  return format(words.with, { condition: describeMatch(match, words, name) });
}

/** "BGP peering: yes or L2 access: yes"; alternatives with several keys are bracketed. */
export function describeAnyOf(
  alternatives: readonly EnvMatch[],
  words: ConditionWords,
  name: OrchestratorName,
): string {
  const described = alternatives.map((m) => {
    const text = describeMatch(m, words, name);
    return alternatives.length > 1 && parts(m, words, name).length > 1 ? `(${text})` : text;
  });
  return described.join(words.or);
}
