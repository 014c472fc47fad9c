import { displayName } from '../domain/knowledge/display-name';
import type { Cloud, EnvironmentData, Language } from '../domain/schemas';

/**
 * Where the hosts run, as every view, the questionnaire and the decision record say it: one
 * table, so an answer reads the same wherever it is repeated.
 */
export const cloudNames: Record<Language, Record<Cloud, string>> = {
  en: {
    public: 'public cloud',
    private: 'private data centre',
    hybrid: 'hybrid cloud',
    'bare-metal': 'bare metal',
  },
  zh: { public: '公有云', private: '私有数据中心', hybrid: '混合云', 'bare-metal': '物理机' },
  ru: {
    public: 'публичное облако',
    private: 'частный ЦОД',
    hybrid: 'гибридное облако',
    'bare-metal': 'голое железо',
  },
};

/** Upper-cases the first letter: a choice label or a list item starts a sentence of its own. */
const capitalize = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** "public cloud"; `asLabel` gives "Public cloud" for choices and headings. */
export function cloudName(cloud: Cloud, lang: Language, asLabel = false): string {
  const name = cloudNames[lang][cloud];
  return asLabel ? capitalize(name) : name;
}

/**
 * An orchestrator by the name the questionnaire offers ("Docker Engine only" → "仅 Docker Engine");
 * the names live in the knowledge data, so an id the data lacks is shown as given.
 */
export function orchestratorName(environment: EnvironmentData, id: string, lang: Language): string {
  const orchestrator = environment.orchestrators.find((o) => o.id === id);
  return orchestrator ? displayName(orchestrator, lang) : id;
}
