import { maintenanceStateNames } from '@/words';
import type { MaintenanceState } from '@/domain/schemas';
import { useLanguage } from './i18n';

export function StatusBadge({ state }: { state: MaintenanceState }) {
  const language = useLanguage();
  return <span className={`badge badge-${state}`}>{maintenanceStateNames[language][state]}</span>;
}
