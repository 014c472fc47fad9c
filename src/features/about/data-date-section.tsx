import { useKnowledge } from '@/knowledge-context';
import { format, useLanguage, useMessages } from '@/ui';
import { latestAsOf, sourceYears } from './data-date';
import { formatMonth } from '@/ui';
import { aboutMessages } from './messages';

export function DataDateSection() {
  const t = useMessages(aboutMessages);
  const language = useLanguage();
  const { kb } = useKnowledge();
  const asOf = latestAsOf(kb.options);
  const years = sourceYears(kb.sources);
  return (
    <section aria-labelledby="about-date" className="panel">
      <h2 id="about-date">{t.dateHeading}</h2>
      <p>
        {asOf ? format(t.dateStatus, { date: formatMonth(asOf, language) }) : t.dateNone}
        {years && ` ${format(t.dateYears, { ...years })}`}
      </p>
    </section>
  );
}
