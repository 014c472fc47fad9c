import type { Ranking } from '@/domain/scoring';
import type { Stability } from '@/domain/sensitivity';
import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { resultsMessages } from './messages';
import { weightText } from './share-text';

/** For each weight: the interval in which today's winner stays first, and who takes over outside it. */
export function StabilityList({ ranking, stability }: { ranking: Ranking; stability: readonly Stability[] }) {
  const t = useMessages(resultsMessages);
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const optionName = useOptionName();
  const winner = ranking.ranking[0];
  if (!winner) return null;
  return (
    <section aria-labelledby="results-stability">
      <h3 id="results-stability">{t.stabilityHeading}</h3>
      <ul className="results-stability">
        {stability.map((s) => {
          const c = kb.criterionById.get(s.criterion);
          const values = {
            criterion: c ? localize(c.name) : s.criterion,
            weight: s.weight,
            name: optionName(winner),
            from: weightText(s.holdsFrom),
            to: weightText(s.holdsTo),
            other: s.flipsTo ? optionName(s.flipsTo) : '',
          };
          const whole = s.holdsFrom <= 1e-9 && s.holdsTo >= 5 - 1e-9;
          // A whole range with a flip means an end is lost on a tie decided by id.
          const text = whole
            ? s.flipsTo
              ? t.stabilityEdge
              : t.stabilityAll
            : s.flipsTo
              ? t.stabilityRange
              : t.stabilityRangeOnly;
          return (
            <li key={s.criterion} className={whole && !s.flipsTo ? undefined : 'results-sensitive'}>
              {format(text, values)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
