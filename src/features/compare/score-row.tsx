import type { Solution } from '@/domain/schemas';
import { type Ranking } from '@/domain/scoring';
import { describeReason } from '@/words';
import { useKnowledge } from '@/knowledge-context';
import { format, ScoreBar, useLanguage, useMessages, useOptionName } from '@/ui';
import { messages } from './messages';

interface Props {
  options: readonly Solution[];
  ranking: Ranking;
  /** No weight column; the reasons for an exclusion behind a disclosure, like the cells' notes. */
  compact: boolean;
}

/** Each option's overall score from the engine's ranking, or why the engine excluded it. */
export function ScoreRow({ options, ranking, compact }: Props) {
  const t = useMessages(messages);
  const optionName = useOptionName();
  const { kb } = useKnowledge();
  const lang = useLanguage();
  const total = ranking.ranking.length;
  const reasons = (list: Ranking['excluded'][number]['reasons']) => (
    <ul className="compare-reasons">
      {list.map((reason, i) => (
        <li key={i}>{describeReason(kb, reason, lang)}</li>
      ))}
    </ul>
  );
  return (
    <tr className="compare-score-row">
      <th scope="row">{t.overall}</th>
      {compact ? null : <td />}
      {options.map((option) => {
        const index = ranking.ranking.findIndex((r) => r.id === option.id);
        const ranked = ranking.ranking[index];
        if (ranked) {
          return (
            <td key={option.id}>
              <ScoreBar score={ranked.score} label={optionName(option)} />
              <div className="muted">{format(t.rankOf, { rank: index + 1, total })}</div>
            </td>
          );
        }
        const excluded = ranking.excluded.find((e) => e.id === option.id);
        return (
          <td key={option.id}>
            <strong className="unmet">{t.excluded}</strong>
            {excluded && compact ? (
              <details className="compare-cell-notes">
                <summary>
                  {t.why}
                  <span className="sr-only">: {optionName(option)}</span>
                </summary>
                {reasons(excluded.reasons)}
              </details>
            ) : (
              excluded && reasons(excluded.reasons)
            )}
          </td>
        );
      })}
    </tr>
  );
}
