import { Link, routes } from '@/routing';
import { useMessages } from '@/ui';
import { appMessages } from './messages';

/** An address that leads nowhere: unknown, or damaged (a malformed % escape). Navigation keeps working. */
export function NotFound({ damaged }: { damaged: boolean }) {
  const t = useMessages(appMessages);
  return (
    <div className="panel">
      <h1>{damaged ? t.linkDamaged : t.notFound}</h1>
      <p>{damaged ? t.linkDamagedHint : t.notFoundHint}</p>
      <p>
        <Link to={routes.questionnaire()}>{t.toQuestionnaire}</Link>
      </p>
    </div>
  );
}
