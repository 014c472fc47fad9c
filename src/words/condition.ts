import type { EnvironmentData, EnvironmentKey, EnvMatch, Language } from '../domain/schemas';
import { cloudName, orchestratorName } from './environment-names';

/** The small words a condition is put together with. */
const words = {
  en: { yes: 'yes', no: 'no', and: ' and ', or: ' or ' },
  zh: { yes: '是', no: '否', and: ' 且 ', or: ' 或 ' },
  ru: { yes: 'да', no: 'нет', and: ' и ', or: ' или ' },
} satisfies Record<Language, Record<string, string>>;

/** The questionnaire's label for an environment fact ("L2 access you control"); the key until it is loaded. */
export function questionLabel(environment: EnvironmentData, key: EnvironmentKey, lang: Language): string {
  return environment.questions.find((q) => q.key === key)?.label[lang] ?? key;
}

const flags = ['bgp', 'l2', 'udpOffload', 'sriov', 'openstack', 'saas'] as const;

/** The parts of one condition, each in the questionnaire's words, e.g. ["SR-IOV NICs: yes", "Host kernel ≥ 4.2"]. */
function parts(match: EnvMatch, environment: EnvironmentData, lang: Language): string[] {
  const w = words[lang];
  const label = (key: EnvironmentKey) => questionLabel(environment, key, lang);
  const out: string[] = [];
  if (match.orchestrator) {
    const names = match.orchestrator.map((id) => orchestratorName(environment, id, lang));
    out.push(`${label('orchestrator')}: ${names.join(w.or)}`);
  }
  if (match.cloud) out.push(`${label('cloud')}: ${match.cloud.map((c) => cloudName(c, lang)).join(w.or)}`);
  for (const flag of flags) {
    const wanted = match[flag];
    if (wanted !== undefined) out.push(`${label(flag)}: ${wanted ? w.yes : w.no}`);
  }
  if (match.kernelAtLeast) out.push(`${label('kernel')} ≥ ${match.kernelAtLeast}`);
  if (match.hostsAtLeast) out.push(`${label('hosts')} ≥ ${match.hostsAtLeast}`);
  if (match.hostsBelow) out.push(`${label('hosts')} < ${match.hostsBelow}`);
  return out;
}

/**
 * "VXLAN/UDP offload on NICs: yes and Host kernel ≥ 4.2" — every key of the condition must hold.
 * The same wording in the results, the comparison and the option page.
 */
export function describeCondition(match: EnvMatch, environment: EnvironmentData, lang: Language): string {
  return parts(match, environment, lang).join(words[lang].and);
}

/**
 * "BGP peering available: yes or L2 access you control: yes" — any alternative suffices; an
 * alternative of several keys is bracketed so that "and" and "or" cannot be misread.
 */
export function describeAlternatives(
  alternatives: readonly EnvMatch[],
  environment: EnvironmentData,
  lang: Language,
): string {
  const w = words[lang];
  return alternatives
    .map((match) => {
      const keys = parts(match, environment, lang);
      const text = keys.join(w.and);
      return alternatives.length > 1 && keys.length > 1 ? `(${text})` : text;
    })
    .join(w.or);
}
