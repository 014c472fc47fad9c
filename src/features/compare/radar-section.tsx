import { Suspense, useId, useMemo, useState } from 'react';
import type { CategoryId, OptionId, Solution } from '@/domain/schemas';
import { categoryCells, cellOf } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { format, useInView, useLanguage, useMessages, useOptionName, usePlurals } from '@/ui';
import { comparePlurals, messages } from './messages';
import { CompareBarChart, CompareRadarChart } from './lazy-charts';
import { pickRadarCriteria, RADAR_MAX_READABLE, toRadarData } from './to-radar-data';

type ChartKind = 'radar' | 'bars';
const kinds: readonly ChartKind[] = ['radar', 'bars'];
const kindLabel = { radar: 'chartRadar', bars: 'chartBars' } as const;

export function RadarSection({ category, options }: { category: CategoryId; options: readonly Solution[] }) {
  const t = useMessages(messages);
  const count = usePlurals(comparePlurals);
  const optionName = useOptionName();
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
  const [chosen, setChosen] = useState<ChartKind>();
  const [slot, inView] = useInView<HTMLDivElement>();
  const id = useId();
  // Many axes crowd a radar's labels: then the bars come first, the radar one click away.
  const kind = chosen ?? (data.length > RADAR_MAX_READABLE ? 'bars' : 'radar');
  const label = format(kind === 'radar' ? t.radarLabel : t.barLabel, {
    options: options.map(optionName).join(', '),
    onCriteria: count.onCriteria(criteria.length),
  });
  return (
    <>
      <p className="muted">{(criteria === all ? count.radarAll : count.radarWeighted)(criteria.length)}</p>
      <fieldset className="compare-chart-kind no-print">
        <legend>{t.chartKind}</legend>
        {kinds.map((k) => (
          <span key={k}>
            <input
              type="radio"
              id={`${id}-${k}`}
              name={`${id}-kind`}
              checked={kind === k}
              onChange={() => setChosen(k)}
            />{' '}
            <label htmlFor={`${id}-${k}`}>{t[kindLabel[k]]}</label>
          </span>
        ))}
      </fieldset>
      {/* The chart and its library load when the chart scrolls into view. */}
      <div ref={slot} className="compare-chart-slot">
        {inView ? (
          <Suspense fallback={<p aria-busy="true">{t.chartLoading}</p>}>
            {kind === 'radar' ? (
              <CompareRadarChart options={options} data={data} label={label} />
            ) : (
              <CompareBarChart options={options} data={data} label={label} />
            )}
          </Suspense>
        ) : null}
      </div>
    </>
  );
}
