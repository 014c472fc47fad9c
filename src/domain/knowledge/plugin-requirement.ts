import { languages, type LocalizedText } from '../schemas/i18n';
import type { EnvironmentData, Orchestrator, Requirement, Solution } from '../schemas';

/**
 * Orchestrator compatibility of a networking option follows from its plugin models
 * (data/environment.json says which models each orchestrator accepts), so it is derived
 * here once instead of being repeated in every option file. Its wording is data too
 * (`pluginModelFit`), filled in here with the models and the orchestrators.
 */
export function pluginRequirement(option: Solution, env: EnvironmentData): Requirement | undefined {
  if (!option.pluginModels) return undefined;
  const models = option.pluginModels.models;
  const fits: Orchestrator[] = env.orchestrators
    .filter((o) => o.pluginModels.some((m) => models.includes(m)))
    .map((o) => o.id);
  if (fits.length === env.orchestrators.length) return undefined;
  const { reason, noOrchestrator, separator, shortNames } = env.pluginModelFit;
  const list = models.map((m) => shortNames[m]).join(' / ');
  // In the browser a text holds only the languages loaded so far, so only those are filled in.
  const filled: Partial<Record<keyof LocalizedText, string>> = {};
  for (const language of languages) {
    const template = reason[language] as string | undefined;
    if (template === undefined) continue;
    const accepting = fits.join(separator[language]) || noOrchestrator[language];
    filled[language] = template.replace('{models}', () => list).replace('{orchestrators}', () => accepting);
  }
  return {
    origin: 'pluginModel',
    anyOf: [{ orchestrator: fits.length > 0 ? fits : ['none'] }],
    reason: filled as LocalizedText,
    source: option.pluginModels.source,
  };
}
