import type { Solution } from '@/domain/schemas';
import { SourcedList, useMessages } from '@/ui';
import { optionMessages } from './messages';

export function ProsConsSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  return (
    <section aria-labelledby="option-pros-cons">
      <h2 id="option-pros-cons">{t.prosConsHeading}</h2>
      <div className="option-columns">
        <div>
          <h3>{t.pros}</h3>
          <SourcedList items={option.pros} empty={t.none} />
        </div>
        <div>
          <h3>{t.cons}</h3>
          <SourcedList items={option.cons} empty={t.none} />
        </div>
      </div>
    </section>
  );
}
