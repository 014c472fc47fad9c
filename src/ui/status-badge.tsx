import type { Solution } from '@/domain/schemas';
import { defineMessages, useMessages } from './i18n';

const messages = defineMessages({
  en: {
    active: 'active',
    maintenance: 'maintenance only',
    inactive: 'inactive',
    deprecated: 'deprecated',
    archived: 'archived',
  },
  zh: { active: '活跃', maintenance: '仅维护', inactive: '不活跃', deprecated: '已弃用', archived: '已归档' },
  ru: {
    active: 'активен',
    maintenance: 'только поддержка',
    inactive: 'неактивен',
    deprecated: 'устарел',
    archived: 'в архиве',
  },
});

export function StatusBadge({ state }: { state: Solution['status']['state'] }) {
  const t = useMessages(messages);
  return <span className={`badge badge-${state}`}>{t[state]}</span>;
}
