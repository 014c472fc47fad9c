import type { Solution } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { format, StackedTableHead, useLocalize, useMessages } from '@/ui';
import { optionMessages } from './messages';
import { ValueRows } from './value-rows';

export function ValuesSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const criteria = kb.criteriaByCategory.get(option.category) ?? [];
  const category = kb.categories.find((c) => c.id === option.category);
  return (
    <section aria-labelledby="option-values">
      <h2 id="option-values">{t.valuesHeading}</h2>
      <div className="table-scroll">
        {/* Explicit roles keep the table semantics when narrow screens restyle it as stacked blocks. */}
        <table className="option-values" role="table">
          <caption className="sr-only">
            {format(t.valuesCaption, { category: category ? localize(category.name) : option.category })}
          </caption>
          <StackedTableHead labels={[t.criterionCol, t.valueCol, t.noteCol, t.sourceCol]} />
          {criteria.map((criterion) => {
            const value = option.values[criterion.id];
            return value ? (
              <ValueRows key={criterion.id} option={option} criterion={criterion} value={value} />
            ) : null;
          })}
        </table>
      </div>
    </section>
  );
}
