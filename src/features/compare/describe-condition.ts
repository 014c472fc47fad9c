import { displayName } from '@/domain/knowledge';
import type { Cloud, EnvironmentData, EnvMatch, Language } from '@/domain/schemas';

export interface ConditionWords {
  yes: string;
  no: string;
  /** Joins alternatives, e.g. " or ". */
  or: string;
  /** Joins the keys of one condition, e.g. " and ". */
  and: string;
  clouds: Record<Cloud, string>;
}

/** "VXLAN/UDP offload on NICs: yes" — an environment condition in the questionnaire's words. */
export function describeMatch(
  match: EnvMatch,
  environment: EnvironmentData,
  lang: Language,
  words: ConditionWords,
): string {
  const label = (key: string) => environment.questions.find((q) => q.key === key)?.label[lang] ?? key;
  const parts: string[] = [];
  if (match.orchestrator) {
    const names = match.orchestrator.map((id) => {
      const orchestrator = environment.orchestrators.find((o) => o.id === id);
      return orchestrator ? displayName(orchestrator, lang) : id;
    });
    parts.push(`${label('orchestrator')}: ${names.join(words.or)}`);
  }
  if (match.cloud) parts.push(`${label('cloud')}: ${match.cloud.map((c) => words.clouds[c]).join(words.or)}`);
  for (const key of ['bgp', 'l2', 'udpOffload', 'sriov', 'openstack', 'saas'] as const) {
    const wanted = match[key];
    if (wanted !== undefined) parts.push(`${label(key)}: ${wanted ? words.yes : words.no}`);
  }
  if (match.kernelAtLeast) parts.push(`${label('kernel')} ≥ ${match.kernelAtLeast}`);
  if (match.hostsAtLeast) parts.push(`${label('hosts')} ≥ ${match.hostsAtLeast}`);
  if (match.hostsBelow) parts.push(`${label('hosts')} < ${match.hostsBelow}`);
  return parts.join(words.and);
}

/** Alternatives of a requirement, any of which suffices. */
export function describeAnyOf(
  matches: readonly EnvMatch[],
  environment: EnvironmentData,
  lang: Language,
  words: ConditionWords,
): string {
  return matches.map((m) => describeMatch(m, environment, lang, words)).join(words.or);
}
