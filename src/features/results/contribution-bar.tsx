import { useMemo, type CSSProperties } from 'react';
import type { RankedOption, WeightedCriterion } from '@/domain/scoring';
import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages } from '@/ui';
import { resultsMessages } from './messages';
import { toSegments, type Segment } from './to-segments';

const segmentClass = (s: Segment) => `results-seg${s.striped ? ' results-seg-striped' : ''}`;
/** The segment's colour: its slot of the palette in results.css. */
const slot = (s: Segment): CSSProperties =>
  ({ '--results-slot': `var(--results-c${s.colour})` }) as CSSProperties;

/** The score as a stacked bar of criterion contributions; the legend carries the same facts as text. */
export function ContributionBar({
  option,
  criteria,
}: {
  option: RankedOption;
  criteria: readonly WeightedCriterion[];
}) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const t = useMessages(resultsMessages);
  const segments = useMemo(() => toSegments(criteria, option), [criteria, option]);
  const name = (s: Segment) => {
    const criterion = kb.criterionById.get(s.criterion);
    return criterion ? localize(criterion.name) : s.criterion;
  };
  return (
    <figure className="results-contrib">
      <figcaption>{format(t.contributions, { score: option.score.toFixed(3) })}</figcaption>
      <div className="results-stack" aria-hidden="true">
        {segments.map((s) => (
          <span
            key={s.criterion}
            className={segmentClass(s)}
            style={{ ...slot(s), width: `${s.percent}%` }}
            title={`${name(s)}: ${s.contribution.toFixed(3)}`}
          />
        ))}
      </div>
      <ul className="results-legend">
        {segments.map((s) => (
          <li key={s.criterion}>
            <span className={`results-swatch ${segmentClass(s)}`} style={slot(s)} aria-hidden="true" />
            {name(s)} {s.contribution.toFixed(3)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
