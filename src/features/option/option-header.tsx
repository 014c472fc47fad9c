import type { Solution } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { format, OverlayMark, StatusBadge, useLocalize, useMessages, useOptionName } from '@/ui';
import { CompareButton } from './compare-button';
import { optionMessages } from './messages';
import { optionFacts } from '@/domain/overlay/cell-facts';

export function OptionHeader({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const optionName = useOptionName();
  const { kb } = useKnowledge();
  const category = kb.categories.find((c) => c.id === option.category);
  return (
    <header className="option-header">
      <div className="option-title">
        <h1>{optionName(option)}</h1>
        <StatusBadge state={option.status.state} />
        <OverlayMark facts={optionFacts(kb, option.id)} />
      </div>
      <p className="muted option-category">
        {format(t.categoryIs, { category: category ? localize(category.name) : option.category })}
        {option.homepage && (
          <>
            {' · '}
            <a href={option.homepage} target="_blank" rel="noreferrer">
              {t.homepage}
            </a>
          </>
        )}
      </p>
      <p className="option-summary">{localize(option.summary)}</p>
      <CompareButton id={option.id} />
    </header>
  );
}
