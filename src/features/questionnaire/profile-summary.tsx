import { environmentKeys } from '@/domain/schemas';
import { useProfile } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useMessages } from '@/ui';
import { messages } from './messages';
import { countProfile } from './profile-counts';

/** How much is filled in, and the way to the stack (first) and the rankings. */
export function ProfileSummary() {
  const t = useMessages(messages);
  const counts = countProfile(useProfile());
  return (
    <div className="panel questionnaire-summary">
      <p className="questionnaire-summary-line">
        {format(t.summary, { ...counts, total: environmentKeys.length })}
      </p>
      <Link to={routes.stack()} className="button primary questionnaire-cta">
        {t.seeStack} →
      </Link>{' '}
      <Link to={routes.results('networking')} className="questionnaire-cta-secondary">
        {t.seeResults}
      </Link>
    </div>
  );
}
