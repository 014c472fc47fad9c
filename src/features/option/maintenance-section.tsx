import { overlaidFact } from '@/domain/overlay/applied';
import type { Solution } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import {
  format,
  OverlayMark,
  SourceCitation,
  StatusBadge,
  useLanguage,
  useLocalize,
  useMessages,
} from '@/ui';
import { formatMonth } from '@/ui';
import { optionMessages } from './messages';

export function MaintenanceSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const { kb } = useKnowledge();
  const { status } = option;
  // The option's own mark, by its name, says so when the overlay added it; here, a replaced status.
  const fact = overlaidFact(kb.overlay, 'status', option.id);
  return (
    <section aria-labelledby="option-maintenance">
      <h2 id="option-maintenance">{t.maintenanceHeading}</h2>
      <p>
        {status.asOf && <>{format(t.statusAsOf, { date: formatMonth(status.asOf, language) })} </>}
        <StatusBadge state={status.state} />
        <OverlayMark facts={fact ? [fact] : []} />
      </p>
      <p>{localize(status.note)}</p>
      <SourceCitation source={status.source} />
    </section>
  );
}
