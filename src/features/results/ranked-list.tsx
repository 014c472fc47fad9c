import { sameScore, type Ranking } from '@/domain/scoring';
import { MAX_COMPARED, useAppStore } from '@/store';
import { format, useKnowledge, useLocalize, useMessages } from '@/ui';
import { CompareActions } from './compare-actions';
import { resultsMessages } from './messages';
import { RankedOption } from './ranked-option';

/** Names of the other options with exactly this option's score ("" when none). */
function tiedNames(ranking: Ranking, index: number): string {
  const score = ranking.ranking[index]?.score ?? NaN;
  return ranking.ranking
    .filter((o, i) => i !== index && sameScore(o.score, score))
    .map((o) => o.name)
    .join(', ');
}

/** The feasible options, best first, with what was counted and the comparison controls. */
export function RankedList({ ranking }: { ranking: Ranking }) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const t = useMessages(resultsMessages);
  const compared = useAppStore((s) => s.compared);
  const full = compared.length >= MAX_COMPARED;
  const equalWeights = ranking.assumptions.some((a) => a.kind === 'equalWeights');
  const counted = ranking.criteria
    .map(({ criterion, weight }) => {
      const c = kb.criterionById.get(criterion);
      return `${c ? localize(c.name) : criterion} ${weight}`;
    })
    .join(', ');
  return (
    <section aria-labelledby="results-ranking">
      <h2 id="results-ranking">{t.rankingHeading}</h2>
      {equalWeights ? null : <p className="muted">{format(t.counted, { list: counted })}</p>}
      <CompareActions ranking={ranking.ranking} />
      {ranking.ranking.length === 0 ? (
        <p>{t.noRanked}</p>
      ) : (
        <ol className="results-list">
          {ranking.ranking.map((option, index) => (
            <RankedOption
              key={option.id}
              option={option}
              position={index + 1}
              tiedWith={tiedNames(ranking, index)}
              criteria={ranking.criteria}
              compared={compared.includes(option.id)}
              compareDisabled={full}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
