import type { EnvironmentData, Orchestrator, Requirement, Solution } from '../schemas';

/**
 * Orchestrator compatibility of a networking option follows from its plugin models
 * (data/environment.json says which models each orchestrator accepts), so it is derived
 * here once instead of being repeated in every option file.
 */
export function pluginRequirement(option: Solution, env: EnvironmentData): Requirement | undefined {
  if (!option.pluginModels) return undefined;
  const models = option.pluginModels.models;
  const fits: Orchestrator[] = env.orchestrators
    .filter((o) => o.pluginModels.some((m) => models.includes(m)))
    .map((o) => o.id);
  if (fits.length === env.orchestrators.length) return undefined;
  const list = models.map((m) => (m === 'docker' ? 'plain Docker' : m.toUpperCase())).join(' / ');
  return {
    origin: 'pluginModel',
    anyOf: [{ orchestrator: fits.length > 0 ? fits : ['none'] }],
    reason: {
      en: `fits only the ${list} plugin model, which ${fits.join(', ') || 'no orchestrator'} accept`,
      zh: `只适配 ${list} 插件模型，适用于 ${fits.join('、') || '无'}`,
      ru: `подходит только к модели плагинов ${list}; её принимают: ${fits.join(', ') || 'никто'}`,
    },
    source: option.pluginModels.source,
  };
}
