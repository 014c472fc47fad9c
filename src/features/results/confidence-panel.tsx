import { sameScore, type Ranking } from '@/domain/scoring';
import { format, useMessages, useProfile } from '@/ui';
import { AcceptabilityTable } from './acceptability-table';
import { resultsMessages } from './messages';
import { NearMissList } from './near-miss-list';
import { shareText } from './share-text';
import { StabilityList } from './stability-list';
import { useConfidence } from './use-confidence';

/** How sure the answer is: how often the winner wins, ties, what would flip it, what nearly made it. */
export function ConfidencePanel({ ranking }: { ranking: Ranking }) {
  const t = useMessages(resultsMessages);
  const profile = useProfile();
  const { smaa, stability, nearMisses } = useConfidence(ranking, profile);
  const winner = ranking.ranking[0];
  if (!winner) return null;
  const tied = ranking.ranking.filter((o, i) => i > 0 && sameScore(o.score, winner.score));
  const winnerShare = smaa?.options[0]?.ranks[0];
  return (
    <section className="panel results-confidence" aria-labelledby="results-confidence">
      <h2 id="results-confidence">{t.confidenceHeading}</h2>
      {tied.length > 0 ? (
        <p className="results-tie-note">
          {format(t.tiedWinner, { names: [winner, ...tied].map((o) => o.name).join(', ') })}
        </p>
      ) : null}
      {smaa === undefined || winnerShare === undefined ? (
        <p aria-busy="true" className="muted">
          {t.confidencePending}
        </p>
      ) : (
        <>
          <p className="results-winner-share">
            {format(t.winnerShare, { name: winner.name, share: shareText(winnerShare) })}
          </p>
          <p className="muted">{format(t.winnerShareHint, { samples: smaa.samples.toLocaleString('en') })}</p>
          <AcceptabilityTable ranking={ranking} smaa={smaa} />
        </>
      )}
      <StabilityList ranking={ranking} stability={stability} />
      <NearMissList misses={nearMisses} />
    </section>
  );
}
