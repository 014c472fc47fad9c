import { useMemo } from 'react';
import type { CategoryId, OptionId, Solution } from '@/domain/schemas';
import { categoryCells, cellOf } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { format, useKnowledge, useLanguage, useMessages } from '@/ui';
import { messages } from './messages';
import { CompareRadarChart } from './radar-chart';
import { pickRadarCriteria, toRadarData } from './to-radar-data';

export function RadarSection({ category, options }: { category: CategoryId; options: readonly Solution[] }) {
  const t = useMessages(messages);
  const lang = useLanguage();
  const { kb } = useKnowledge();
  const weights = useAppStore((s) => s.weights);
  const environment = useAppStore((s) => s.environment);
  const all = kb.criteriaByCategory.get(category);
  const criteria = useMemo(() => pickRadarCriteria(all ?? [], weights), [all, weights]);
  const data = useMemo(() => {
    // The same values the ranking scores with, measured ones included.
    const cells = categoryCells(kb, category, criteria, environment);
    const valueOf = (option: OptionId, criterion: string) => cellOf(cells, criterion, option)?.value;
    return toRadarData(options, criteria, environment, (c) => c.name[lang], valueOf);
  }, [kb, category, options, criteria, environment, lang]);
  const label = format(t.radarLabel, { options: options.map((o) => o.name).join(', '), n: criteria.length });
  return (
    <>
      <p className="muted">
        {format(criteria === all ? t.radarAll : t.radarWeighted, { n: criteria.length })}
      </p>
      <CompareRadarChart options={options} data={data} label={label} />
    </>
  );
}
