import { memo } from 'react';
import type { CategoryId, Criterion } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { format, useKnowledge, useLocalize, useMessages } from '@/ui';
import { resultsMessages } from './messages';

const WeightSlider = memo(function WeightSlider({ criterion }: { criterion: Criterion }) {
  const t = useMessages(resultsMessages);
  const localize = useLocalize();
  const weight = useAppStore((s) => s.weights[criterion.id] ?? 0);
  const setWeight = useAppStore((s) => s.setWeight);
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
        onChange={(e) => setWeight(criterion.id, Number(e.target.value))}
      />
      <output htmlFor={id}>{weight}</output>
    </div>
  );
});

/** The category's weights beside its ranking, so the list can be watched while a slider moves. */
export function WeightPanel({ category }: { category: CategoryId }) {
  const t = useMessages(resultsMessages);
  const { kb } = useKnowledge();
  const criteria = kb.criteriaByCategory.get(category) ?? [];
  return (
    <details className="results-weights panel no-print" open>
      <summary>{t.adjustWeights}</summary>
      <p className="muted">{t.adjustWeightsHint}</p>
      <div className="results-weight-grid">
        {criteria.map((c) => (
          <WeightSlider key={c.id} criterion={c} />
        ))}
      </div>
    </details>
  );
}
