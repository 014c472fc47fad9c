import { memo } from 'react';
import type { Profile } from '@/domain/schemas';
import { sameScore, type Ranking } from '@/domain/scoring';
import { format, useMessages, useOptionName, usePlurals } from '@/ui';
import { AcceptabilityTable } from './acceptability-table';
import { resultsMessages, resultsPlurals } from './messages';
import { NearMissList } from './near-miss-list';
import { shareText } from './share-text';
import { StabilityList } from './stability-list';
import { useConfidence } from './use-confidence';

/**
 * How sure the answer is: how often the winner wins, ties, what would flip it, what nearly made it.
 * Memoised: it is given the ranking and profile of a deferred render, and must not redo its work
 * in the urgent render that shows a new order.
 */
export const ConfidencePanel = memo(function ConfidencePanel({
  ranking,
  profile,
}: {
  ranking: Ranking;
  profile: Profile;
}) {
  const t = useMessages(resultsMessages);
  const count = usePlurals(resultsPlurals);
  const optionName = useOptionName();
  const { smaa, stability, nearMisses } = useConfidence(ranking, profile);
  const winner = ranking.ranking[0];
  if (!winner) return null;
  const tied = ranking.ranking.filter((o, i) => i > 0 && sameScore(o.score, winner.score));
  const winnerShare = smaa?.options[0]?.ranks[0];
  return (
    <section className="panel results-confidence results-deferred" aria-labelledby="results-confidence">
      <h2 id="results-confidence">{t.confidenceHeading}</h2>
      {tied.length > 0 ? (
        <p className="results-tie-note">
          {format(t.tiedWinner, { names: [winner, ...tied].map(optionName).join(', ') })}
        </p>
      ) : null}
      {smaa === undefined || winnerShare === undefined ? (
        <p aria-busy="true" className="muted">
          {t.confidencePending}
        </p>
      ) : (
        <>
          <p className="results-winner-share">
            {format(t.winnerShare, { name: optionName(winner), share: shareText(winnerShare) })}
          </p>
          <p className="muted">{format(t.winnerShareHint, { samples: count.samples(smaa.samples) })}</p>
          <AcceptabilityTable ranking={ranking} smaa={smaa} />
        </>
      )}
      <StabilityList ranking={ranking} stability={stability} />
      <NearMissList misses={nearMisses} />
    </section>
  );
});
