import type { Cloud, EnvMatch, EnvironmentKey, Orchestrator } from '@/domain/schemas';

/** The words a condition is described with, in the reader's language. */
export interface ConditionWords {
  label: (key: EnvironmentKey) => string;
  yes: string;
  no: string;
  orchestrator: (id: Orchestrator) => string;
  cloud: (id: Cloud) => string;
  atLeast: (version: string) => string;
}

const flags = ['bgp', 'l2', 'udpOffload', 'sriov', 'openstack', 'saas'] as const;

/** "VXLAN/UDP offload on NICs: yes; Host kernel: ≥ 4.9" — every key of the condition. */
export function describeCondition(match: EnvMatch, words: ConditionWords): string {
  const parts: string[] = [];
  if (match.orchestrator) {
    parts.push(`${words.label('orchestrator')}: ${match.orchestrator.map(words.orchestrator).join(' / ')}`);
  }
  if (match.cloud) parts.push(`${words.label('cloud')}: ${match.cloud.map(words.cloud).join(' / ')}`);
  for (const key of flags) {
    const wanted = match[key];
    if (wanted !== undefined) parts.push(`${words.label(key)}: ${wanted ? words.yes : words.no}`);
  }
  if (match.kernelAtLeast) parts.push(`${words.label('kernel')}: ${words.atLeast(match.kernelAtLeast)}`);
  if (match.hostsAtLeast) parts.push(`${words.label('hosts')}: ${words.atLeast(String(match.hostsAtLeast))}`);
  if (match.hostsBelow) parts.push(`${words.label('hosts')}: < ${match.hostsBelow}`);
  return parts.join('; ');
}
