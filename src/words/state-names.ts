import type { Language, MaintenanceState } from '../domain/schemas';

/** How a project's maintenance state is said, in every view, the CLI and the decision record. */
export const maintenanceStateNames: Record<Language, Record<MaintenanceState, string>> = {
  en: {
    active: 'active',
    maintenance: 'maintenance only',
    inactive: 'inactive',
    deprecated: 'deprecated',
    archived: 'archived',
    retired: 'retired',
    removed: 'removed',
  },
  zh: {
    active: '活跃',
    maintenance: '仅维护',
    inactive: '不活跃',
    deprecated: '已弃用',
    archived: '已归档',
    retired: '已退役',
    removed: '已移除',
  },
  ru: {
    active: 'активен',
    maintenance: 'только поддержка',
    inactive: 'неактивен',
    deprecated: 'устарел',
    archived: 'в архиве',
    retired: 'выведен из эксплуатации',
    removed: 'удалён',
  },
};
