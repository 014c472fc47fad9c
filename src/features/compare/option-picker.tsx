import { useState, type FormEvent } from 'react';
import type { CategoryId, Solution } from '@/domain/schemas';
import { MAX_COMPARED, useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages, useOptionName, usePlurals } from '@/ui';
import { comparePlurals, messages } from './messages';

interface Props {
  /** When set, only this category's options can be added. */
  category: CategoryId | undefined;
  chosen: readonly Solution[];
}

export function OptionPicker({ category, chosen }: Props) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const optionName = useOptionName();
  const count = usePlurals(comparePlurals);
  const { kb } = useKnowledge();
  const compared = useAppStore((s) => s.compared);
  const toggleCompared = useAppStore((s) => s.toggleCompared);
  const setCompared = useAppStore((s) => s.setCompared);
  const [pick, setPick] = useState('');

  const groups = kb.categories
    .filter((c) => category === undefined || c.id === category)
    .map((c) => ({
      category: c,
      options: (kb.optionsByCategory.get(c.id) ?? []).filter((o) => !compared.includes(o.id)),
    }))
    .filter((g) => g.options.length > 0);
  const available = groups.flatMap((g) => g.options);
  const selected = available.some((o) => o.id === pick) ? pick : (available[0]?.id ?? '');
  const full = compared.length >= MAX_COMPARED;
  const active = kb.categories.find((c) => c.id === category);
  const categoryName = active ? localize(active.name) : '';

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (selected && !full) toggleCompared(selected);
  };

  return (
    <div className="compare-picker">
      <form className="compare-picker-form" onSubmit={add}>
        <label>
          {t.pickLabel}{' '}
          <select
            value={selected}
            onChange={(e) => setPick(e.target.value)}
            disabled={available.length === 0}
          >
            {groups.map((g) => (
              <optgroup key={g.category.id} label={localize(g.category.name)}>
                {g.options.map((o) => (
                  <option key={o.id} value={o.id}>
                    {optionName(o)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={full || !selected}>
          {t.add}
        </button>
      </form>
      {full ? (
        <p className="muted">{count.full(MAX_COMPARED)}</p>
      ) : category !== undefined ? (
        <p className="muted">
          {format(available.length === 0 ? t.nothingLeft : t.sameCategory, { category: categoryName })}
        </p>
      ) : null}
      {chosen.length === 0 ? (
        <p>{t.noneChosen}</p>
      ) : (
        <div className="compare-chosen">
          <ul aria-label={t.chosen}>
            {chosen.map((o) => (
              <li key={o.id}>
                <span>{optionName(o)}</span>
                <button
                  type="button"
                  aria-label={format(t.remove, { name: optionName(o) })}
                  onClick={() => toggleCompared(o.id)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => setCompared([])}>
            {t.clear}
          </button>
        </div>
      )}
    </div>
  );
}
