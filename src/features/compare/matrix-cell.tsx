import { describeMeasured } from '@/words';
import { useKnowledge } from '@/knowledge-context';
import {
  format,
  LevelMeter,
  OverlayMark,
  SourceCitation,
  useConditionText,
  useLanguage,
  useLocalize,
  useMessages,
} from '@/ui';
import type { MatrixCell as Cell } from './build-matrix';
import { messages } from './messages';
import { valueFacts } from '@/domain/overlay/cell-facts';

interface Props {
  cell: Cell;
  criterion: string;
  /** Levels only, the notes behind a per-cell disclosure. */
  compact: boolean;
  /** "Option, criterion": tells the cells' disclosures apart for assistive technology. */
  place: string;
}

/** What stands behind a level: the condition that made it apply, the alternatives, notes, source. */
function CellNotes({ cell, criterion }: { cell: Cell; criterion: string }) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const language = useLanguage();
  const { kb } = useKnowledge();
  const describe = useConditionText();
  const { raw, resolved } = cell;
  if (!raw || !resolved) return null;
  const applied = resolved.conditionIndex === undefined ? undefined : raw.when?.[resolved.conditionIndex];
  // When the base value holds, the alternatives tell the user what a different environment would change.
  const alternatives = applied ? [] : (raw.when ?? []);
  return (
    <>
      {applied && (
        <p className="compare-condition">
          {format(t.appliesWith, { condition: describe.condition(applied.if) })}
        </p>
      )}
      {alternatives.map((alt, i) => (
        <p key={i} className="compare-condition muted">
          {format(t.otherwise, { level: alt.level, condition: describe.condition(alt.if) })}
        </p>
      ))}
      {cell.measured && <p className="compare-note">{describeMeasured(kb, cell.measured, language)}</p>}
      <OverlayMark facts={valueFacts(kb, cell.optionId, criterion, cell.cell)} />
      {resolved.note && <p className="compare-note">{localize(resolved.note)}</p>}
      <SourceCitation source={resolved.source} />
    </>
  );
}

/** One option's value for one criterion: its level, and the notes in full or on demand. */
export function MatrixCell({ cell, criterion, compact, place }: Props) {
  const t = useMessages(messages);
  const { raw, resolved } = cell;
  if (!raw || !resolved) return <td className="muted">{t.noValue}</td>;
  return (
    <td className={cell.best ? 'compare-best' : undefined}>
      <div className="compare-level">
        <LevelMeter level={cell.value ?? resolved.level} />
        {cell.best && (
          <span className="compare-best-mark">
            <span aria-hidden="true">★</span>
            <span className="sr-only">{t.best}</span>
          </span>
        )}
      </div>
      {compact ? (
        <details className="compare-cell-notes">
          <summary>
            {t.notes}
            <span className="sr-only">: {place}</span>
          </summary>
          <CellNotes cell={cell} criterion={criterion} />
        </details>
      ) : (
        <CellNotes cell={cell} criterion={criterion} />
      )}
    </td>
  );
}
