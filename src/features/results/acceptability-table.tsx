import type { Ranking } from '@/domain/scoring';
import type { SmaaResult } from '@/domain/sensitivity';
import { useMessages, useOptionName } from '@/ui';
import { resultsMessages } from './messages';
import { shareText } from './share-text';

const SHOWN = 5;

/** Rank acceptability of the leading options. */
export function AcceptabilityTable({ ranking, smaa }: { ranking: Ranking; smaa: SmaaResult }) {
  const t = useMessages(resultsMessages);
  const optionName = useOptionName();
  const names = new Map<string, string>(ranking.ranking.map((o) => [o.id, optionName(o)]));
  return (
    // Focusable so the table can be scrolled from the keyboard where a phone narrows it.
    <div className="table-scroll" tabIndex={0} role="group" aria-label={t.acceptCaption}>
      <table className="results-acceptability">
        <caption>{t.acceptCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colOption}</th>
            <th scope="col">{t.colRank1}</th>
            <th scope="col">{t.colRank2}</th>
            <th scope="col">{t.colRank3}</th>
            <th scope="col">{t.colRange}</th>
          </tr>
        </thead>
        <tbody>
          {smaa.options.slice(0, SHOWN).map((o) => (
            <tr key={o.id}>
              <th scope="row">{names.get(o.id) ?? o.id}</th>
              {[0, 1, 2].map((k) => (
                <td key={k} className="results-num">
                  {shareText(o.ranks[k] ?? 0)}
                </td>
              ))}
              <td className="results-num">
                {o.range[0].toFixed(2)}–{o.range[1].toFixed(2)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
