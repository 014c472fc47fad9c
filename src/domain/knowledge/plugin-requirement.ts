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
  const list = models.map((m) => m.toUpperCase()).join(' / ');
  return {
    anyOf: [{ orchestrator: fits.length > 0 ? fits : ['none'] }],
    reason: {
      en: `works only through ${list} plugins, which ${fits.join(', ') || 'no orchestrator'} accept`,
      zh: `只能通过 ${list} 插件接入，适用于 ${fits.join('、') || '无'}`,
      ru: `подключается только через плагины ${list}, их принимают: ${fits.join(', ') || 'никто'}`,
    },
    source: option.pluginModels.source,
  };
}
