import type { Solution } from '@/domain/schemas';
import { describeReason, type Ranking } from '@/domain/scoring';
import { format, ScoreBar, useKnowledge, useLanguage, useMessages } from '@/ui';
import { messages } from './messages';

/** Each option's overall score from the engine's ranking, or why the engine excluded it. */
export function ScoreRow({ options, ranking }: { options: readonly Solution[]; ranking: Ranking }) {
  const t = useMessages(messages);
  const { kb } = useKnowledge();
  const lang = useLanguage();
  const total = ranking.ranking.length;
  return (
    <tr className="compare-score-row">
      <th scope="row">{t.overall}</th>
      <td />
      {options.map((option) => {
        const index = ranking.ranking.findIndex((r) => r.id === option.id);
        const ranked = ranking.ranking[index];
        if (ranked) {
          return (
            <td key={option.id}>
              <ScoreBar score={ranked.score} label={option.name} />
              <div className="muted">{format(t.rankOf, { rank: index + 1, total })}</div>
            </td>
          );
        }
        const excluded = ranking.excluded.find((e) => e.id === option.id);
        return (
          <td key={option.id}>
            <strong className="unmet">{t.excluded}</strong>
            {excluded && (
              <ul className="compare-reasons">
                {excluded.reasons.map((reason, i) => (
                  <li key={i}>{describeReason(kb, reason, lang)}</li>
                ))}
              </ul>
            )}
          </td>
        );
      })}
    </tr>
  );
}
