import type { Solution } from '@/domain/schemas';
import { format, SourceCitation, StatusBadge, useLanguage, useLocalize, useMessages } from '@/ui';
import { formatMonth } from '@/ui';
import { optionMessages } from './messages';

export function MaintenanceSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const { status } = option;
  return (
    <section aria-labelledby="option-maintenance">
      <h2 id="option-maintenance">{t.maintenanceHeading}</h2>
      <p>
        {status.asOf && <>{format(t.statusAsOf, { date: formatMonth(status.asOf, language) })} </>}
        <StatusBadge state={status.state} />
      </p>
      <p>{localize(status.note)}</p>
      <SourceCitation source={status.source} />
    </section>
  );
}
