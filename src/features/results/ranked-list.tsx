import { memo, useCallback, useState } from 'react';
import type { OptionId } from '@/domain/schemas';
import { sameScore, type Ranking } from '@/domain/scoring';
import { MAX_COMPARED, useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages, useOptionName, type OptionRef } from '@/ui';
import { CompareActions } from './compare-actions';
import { resultsMessages } from './messages';
import { RankedOption } from './ranked-option';

/** Names of the other options with exactly this option's score ("" when none). */
function tiedNames(ranking: Ranking, index: number, name: (option: OptionRef) => string): string {
  const score = ranking.ranking[index]?.score ?? NaN;
  return ranking.ranking
    .filter((o, i) => i !== index && sameScore(o.score, score))
    .map(name)
    .join(', ');
}

/**
 * The feasible options, best first, with what was counted and the comparison controls. Memoised:
 * the render that brings the deferred sections up to date passes the same ranking again.
 */
export const RankedList = memo(function RankedList({ ranking }: { ranking: Ranking }) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const t = useMessages(resultsMessages);
  const optionName = useOptionName();
  const compared = useAppStore((s) => s.compared);
  const full = compared.length >= MAX_COMPARED;
  const [open, setOpen] = useState<ReadonlySet<OptionId>>(() => new Set());
  const expand = useCallback(
    (id: OptionId, expanded: boolean) =>
      setOpen((ids) => new Set(expanded ? [...ids, id] : [...ids].filter((x) => x !== id))),
    [],
  );
  // An option that leaves the list (an answer excludes it) comes back closed.
  const kept = [...open].filter((id) => ranking.ranking.some((o) => o.id === id));
  if (kept.length < open.size) setOpen(new Set(kept));
  const equalWeights = ranking.assumptions.some((a) => a.kind === 'equalWeights');
  const counted = ranking.criteria
    .map(({ criterion, weight }) => {
      const c = kb.criterionById.get(criterion);
      return `${c ? localize(c.name) : criterion} ${weight}`;
    })
    .join(', ');
  return (
    <section className="results-ranking" aria-labelledby="results-ranking">
      <h2 id="results-ranking">{t.rankingHeading}</h2>
      {equalWeights ? null : <p className="muted">{format(t.counted, { list: counted })}</p>}
      <CompareActions ranking={ranking.ranking} />
      {ranking.ranking.length === 0 ? (
        <p>{t.noRanked}</p>
      ) : (
        <ol className="results-list">
          {/*
           * Keyed by place: when a weight re-orders the list, each place shows its new option in
           * the same elements instead of the browser detaching and rebuilding the rows that moved.
           */}
          {ranking.ranking.map((option, index) => (
            <RankedOption
              key={index}
              option={option}
              position={index + 1}
              tiedWith={tiedNames(ranking, index, optionName)}
              criteria={ranking.criteria}
              compared={compared.includes(option.id)}
              compareDisabled={full}
              expanded={open.has(option.id)}
              onExpand={expand}
            />
          ))}
        </ol>
      )}
    </section>
  );
});
