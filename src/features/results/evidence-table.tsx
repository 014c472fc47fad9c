import { useMemo } from 'react';
import type { RankedOption, WeightedCriterion } from '@/domain/scoring';
import { describeConflict, describeMeasured, describeOrdering, questionLabel } from '@/words';
import { useKnowledge } from '@/knowledge-context';
import {
  format,
  LevelMeter,
  OverlayMark,
  SourceCitation,
  StackedTableHead,
  useConditionText,
  useLanguage,
  useLocalize,
  useMessages,
  useOptionName,
} from '@/ui';
import { toEvidenceRows, type EvidenceRow } from './evidence';
import { resultsMessages } from './messages';
import { valueFacts } from '@/domain/overlay/cell-facts';

function EvidenceNote({ row }: { row: EvidenceRow }) {
  const localize = useLocalize();
  const language = useLanguage();
  const { kb } = useKnowledge();
  const t = useMessages(resultsMessages);
  const describe = useConditionText();
  if (!row.resolved) return <span className="muted">{t.noEvidence}</span>;
  const { cell } = row;
  return (
    <>
      {cell?.measured ? (
        <span className="results-measured">{describeMeasured(kb, cell.measured, language)}</span>
      ) : null}
      {row.resolved.note ? localize(row.resolved.note) : null}
      {cell?.orderedBy ? (
        <span className="results-why">{describeOrdering(kb, cell.orderedBy, language)}</span>
      ) : null}
      {cell?.conflicts ? (
        <span className="results-why">{describeConflict(kb, cell.conflicts, language)}</span>
      ) : null}
      {row.condition ? (
        <span className="results-why">
          {format(t.appliesBecause, { condition: describe.condition(row.condition) })}
        </span>
      ) : null}
      {row.unknownKeys.length > 0 ? (
        <span className="results-why unknown">
          {format(t.baseAssumed, {
            keys: row.unknownKeys.map((key) => questionLabel(kb.environment, key, language)).join(', '),
          })}
        </span>
      ) : null}
    </>
  );
}

/** Every weighted criterion's level, contribution and the sourced value behind it. */
export function EvidenceTable({
  option,
  criteria,
}: {
  option: RankedOption;
  criteria: readonly WeightedCriterion[];
}) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const t = useMessages(resultsMessages);
  const optionName = useOptionName();
  const rows = useMemo(() => toEvidenceRows(kb, option, criteria), [kb, option, criteria]);
  // Shown only when a phone stacks the cells; assistive technology reads the column headers instead.
  const cellLabel = (label: string) => (
    <span className="results-cell-label" aria-hidden="true">
      {label}{' '}
    </span>
  );
  return (
    <div className="table-scroll">
      {/* Explicit roles keep the table semantics when narrow screens restyle it as stacked blocks. */}
      <table className="results-evidence" role="table">
        <caption>{format(t.evidenceCaption, { name: optionName(option) })}</caption>
        <StackedTableHead
          labels={[t.colCriterion, t.colWeight, t.colLevel, t.colContribution, t.colEvidence]}
        />
        <tbody role="rowgroup">
          {rows.map((row) => {
            const criterion = kb.criterionById.get(row.criterion);
            return (
              <tr key={row.criterion} role="row">
                <th scope="row" role="rowheader">
                  {criterion ? localize(criterion.name) : row.criterion}
                </th>
                <td role="cell" className="results-num">
                  {cellLabel(t.colWeight)}
                  {row.weight}
                </td>
                <td role="cell" className="results-nowrap">
                  <LevelMeter level={row.level} />
                </td>
                <td role="cell" className="results-num">
                  {cellLabel(t.colContribution)}
                  {row.contribution.toFixed(3)}
                </td>
                {/* Note and source share a column so rows stay short on narrow screens. */}
                <td role="cell" className="results-evidence-note">
                  <EvidenceNote row={row} />
                  <OverlayMark facts={valueFacts(kb, option.id, row.criterion, row.cell)} />
                  {row.resolved ? (
                    <span className="results-source">
                      {t.colSource}: <SourceCitation source={row.resolved.source} />
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
