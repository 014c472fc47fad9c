import type { CategoryId } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { useLocalize, useMessages } from '@/ui';
import { messages } from './messages';

interface Props {
  selected: readonly CategoryId[];
  onChange: (categories: CategoryId[]) => void;
}

/** Which categories the decision record covers (checkbox group, knowledge-base order). */
export function CategoryPicker({ selected, onChange }: Props) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const toggle = (id: CategoryId) =>
    onChange(
      kb.categories.map((c) => c.id).filter((c) => (c === id ? !selected.includes(c) : selected.includes(c))),
    );
  return (
    <fieldset className="decision-categories">
      <legend>{t.categories}</legend>
      {kb.categories.map((c) => (
        <label key={c.id}>
          <input type="checkbox" checked={selected.includes(c.id)} onChange={() => toggle(c.id)} />
          <span>{localize(c.name)}</span>
        </label>
      ))}
    </fieldset>
  );
}
