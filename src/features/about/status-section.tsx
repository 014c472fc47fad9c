import { maintenanceStateNames } from '@/words';
import { useState } from 'react';
import { maintenanceStates } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { format, StatusBadge, useLanguage, useMessages, usePlurals } from '@/ui';
import { aboutMessages, aboutPlurals } from './messages';
import {
  countByState,
  groupByCategory,
  isStateFilter,
  stateFilters,
  type StateFilter,
} from './status-filter';
import { StatusTable } from './status-table';

const capitalize = (s: string, language: string): string =>
  s.charAt(0).toLocaleUpperCase(language) + s.slice(1);

export function StatusSection() {
  const t = useMessages(aboutMessages);
  const count = usePlurals(aboutPlurals);
  const language = useLanguage();
  const { kb } = useKnowledge();
  const [filter, setFilter] = useState<StateFilter>('all');
  const counts = countByState(kb.options);
  const groups = groupByCategory(kb.categories, kb.optionsByCategory, filter);
  const shown = groups.reduce((sum, g) => sum + g.options.length, 0);
  const label = (f: StateFilter) =>
    f === 'all'
      ? format(t.stateAll, { n: kb.options.length })
      : format(t.stateOption, {
          state: capitalize(maintenanceStateNames[language][f], language),
          n: counts[f],
        });
  return (
    <section aria-labelledby="about-status">
      <h2 id="about-status">{t.statusHeading}</h2>
      <ul className="about-state-counts" aria-label={t.statusCounts}>
        {maintenanceStates.map((state) => (
          <li key={state}>
            <StatusBadge state={state} /> {counts[state]}
          </li>
        ))}
      </ul>
      <p className="about-controls">
        <label>
          {t.statusFilter}{' '}
          <select value={filter} onChange={(e) => isStateFilter(e.target.value) && setFilter(e.target.value)}>
            {stateFilters.map((f) => (
              <option key={f} value={f}>
                {label(f)}
              </option>
            ))}
          </select>
        </label>{' '}
        <span className="muted" role="status">
          {count.optionsShown(kb.options.length, { shown })}
        </span>
      </p>
      <StatusTable groups={groups} />
    </section>
  );
}
