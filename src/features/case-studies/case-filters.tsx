import { categoryIds, type CategoryId } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { useLocalize, useMessages } from '@/ui';
import {
  oneOf,
  scaleFilters,
  sorts,
  usedCategories,
  type CaseFilters,
  type ScaleFilter,
  type Sort,
} from './filters';
import { caseMessages, type CaseText } from './messages';

const scaleLabel: Record<ScaleFilter, keyof CaseText> = {
  any: 'scaleAny',
  containers1k: 'scaleContainers1k',
  containers10k: 'scaleContainers10k',
  hosts: 'scaleHosts',
  apps: 'scaleApps',
  figures: 'scaleFigures',
};
const sortLabel: Record<Sort, keyof CaseText> = {
  closest: 'sortClosest',
  name: 'sortName',
  year: 'sortYear',
};

interface Props {
  filters: CaseFilters;
  groups: { category: CategoryId; options: { id: string; name: string }[] }[];
  onChange: (next: Partial<CaseFilters>) => void;
  onClear: () => void;
}

export function CaseFiltersForm({ filters, groups, onChange, onClear }: Props) {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const localize = useLocalize();
  const categoryName = (id: CategoryId) => {
    const category = kb.categories.find((c) => c.id === id);
    return category ? localize(category.name) : id;
  };
  const active =
    filters.option !== '' || filters.category !== '' || filters.scale !== 'any' || filters.query !== '';
  return (
    <form className="case-studies-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t.search}
        <input type="search" value={filters.query} onChange={(e) => onChange({ query: e.target.value })} />
      </label>
      <label>
        {t.option}
        <select value={filters.option} onChange={(e) => onChange({ option: e.target.value })}>
          <option value="">{t.anyOption}</option>
          {groups.map((g) => (
            <optgroup key={g.category} label={categoryName(g.category)}>
              {g.options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        {t.category}
        <select
          value={filters.category}
          onChange={(e) => onChange({ category: oneOf(categoryIds, e.target.value) ?? '' })}
        >
          <option value="">{t.anyCategory}</option>
          {usedCategories(kb).map((id) => (
            <option key={id} value={id}>
              {categoryName(id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.scale}
        <select
          value={filters.scale}
          onChange={(e) => onChange({ scale: oneOf(scaleFilters, e.target.value) ?? 'any' })}
        >
          {scaleFilters.map((s) => (
            <option key={s} value={s}>
              {t[scaleLabel[s]]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.sort}
        <select
          value={filters.sort}
          onChange={(e) => onChange({ sort: oneOf(sorts, e.target.value) ?? filters.sort })}
        >
          {sorts.map((s) => (
            <option key={s} value={s}>
              {t[sortLabel[s]]}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" onClick={onClear}>
          {t.clear}
        </button>
      )}
    </form>
  );
}
