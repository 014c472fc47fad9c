import { memo, useState } from 'react';
import type { CategoryId, Criterion } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages, useNarrowScreen } from '@/ui';
import { resultsMessages } from './messages';

const WeightSlider = memo(function WeightSlider({ criterion }: { criterion: Criterion }) {
  const t = useMessages(resultsMessages);
  const localize = useLocalize();
  const weight = useAppStore((s) => s.weights[criterion.id] ?? 0);
  const id = `results-weight-${criterion.id}`;
  return (
    <div className="results-weight">
      <label htmlFor={id} title={localize(criterion.meaning)}>
        {localize(criterion.name)}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={5}
        step={1}
        value={weight}
        aria-valuetext={format(t.weightValue, { n: weight })}
        // Read when moved: a subscription per slider would be one more check per store change.
        onChange={(e) => useAppStore.getState().setWeight(criterion.id, Number(e.target.value))}
      />
      <output htmlFor={id}>{weight}</output>
    </div>
  );
});

const SUMMARY_TOP = 3;

/** "Weighted (3): Throughput 5, Network policy 3, Simplicity 2, +1 more": the panel in one line. */
function useWeightSummary(criteria: readonly Criterion[]): string {
  const t = useMessages(resultsMessages);
  const localize = useLocalize();
  const weights = useAppStore((s) => s.weights);
  const weighted = criteria
    .map((c) => ({ c, weight: weights[c.id] ?? 0 }))
    .filter((w) => w.weight > 0)
    .sort((a, b) => b.weight - a.weight);
  if (weighted.length === 0) return t.weightsSummaryNone;
  const top = weighted.slice(0, SUMMARY_TOP).map((w) => `${localize(w.c.name)} ${w.weight}`);
  const more = weighted.length - SUMMARY_TOP;
  if (more > 0) top.push(format(t.weightsSummaryMore, { n: more }));
  return format(t.weightsSummary, { n: weighted.length, list: top.join(', ') });
}

/** Its own component: only it follows every weight, so an open panel does not re-render per change. */
function WeightSummary({ criteria }: { criteria: readonly Criterion[] }) {
  return <span className="results-weights-summary">{useWeightSummary(criteria)}</span>;
}

/**
 * The category's weights beside the ranking, so the list can be watched while a slider moves. On a
 * phone the sliders would push the ranking a screen and more down, so there the panel starts
 * closed with its weights in one line; whatever the user opens or closes stays so.
 */
export const WeightPanel = memo(function WeightPanel({ category }: { category: CategoryId }) {
  const t = useMessages(resultsMessages);
  const { kb } = useKnowledge();
  const narrow = useNarrowScreen();
  const [chosen, setChosen] = useState<boolean>();
  const criteria = kb.criteriaByCategory.get(category) ?? [];
  const open = chosen ?? !narrow;
  return (
    <details
      className="results-weights panel no-print"
      open={open}
      // The event also follows a change made here (the screen width); only a different state is the user's.
      onToggle={(e) => {
        if (e.currentTarget.open !== open) setChosen(e.currentTarget.open);
      }}
    >
      <summary>
        {t.adjustWeights}
        {open ? null : <WeightSummary criteria={criteria} />}
      </summary>
      <p className="muted">{t.adjustWeightsHint}</p>
      <div className="results-weight-grid">
        {criteria.map((c) => (
          <WeightSlider key={c.id} criterion={c} />
        ))}
      </div>
    </details>
  );
});
