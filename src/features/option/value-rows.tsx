import type {
  Criterion,
  CriterionValue,
  EnvironmentKey,
  LocalizedText,
  Solution,
  SourceRef,
} from '@/domain/schemas';
import { describeMeasured } from '@/words';
import { cellFor, resolveValue } from '@/domain/scoring';
import { useAppStore } from '@/store';
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
import { optionMessages } from './messages';
import { valueFacts } from '@/domain/overlay/cell-facts';

interface Entry {
  label: string | undefined;
  level: number;
  note: LocalizedText | undefined;
  source: SourceRef;
  /** 'applies': holds in the user's environment; 'assumed': used because a fact is unknown. */
  mark: 'applies' | 'assumed' | undefined;
}

/** One criterion: its base value and each environment-dependent value, the applying one marked. */
export function ValueRows({
  option,
  criterion,
  value,
}: {
  option: Solution;
  criterion: Criterion;
  value: CriterionValue;
}) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const { kb } = useKnowledge();
  const environment = useAppStore((s) => s.environment);
  // Measured figures for this environment, as the ranking uses them.
  const cell = cellFor(kb, option, criterion, environment);
  const measured = cell.measured;
  const describe = useConditionText();
  const unknown: EnvironmentKey[] = [];
  const resolved = resolveValue(value, environment, (key) => unknown.push(key));
  const conditional = value.when ?? [];
  const baseMark =
    resolved.conditionIndex !== undefined ? undefined : unknown.length > 0 ? 'assumed' : 'applies';
  const entries: Entry[] = [
    {
      label: conditional.length > 0 ? t.baseValue : undefined,
      level: value.level,
      note: value.note,
      source: value.source,
      // A value without conditions always applies; marking every row would say nothing.
      mark: conditional.length > 0 ? baseMark : undefined,
    },
    ...conditional.map((c, i): Entry => ({
      label: format(t.with, { condition: describe.condition(c.if) }),
      level: c.level,
      note: c.note,
      source: c.source,
      mark: resolved.conditionIndex === i ? 'applies' : undefined,
    })),
  ];
  return (
    <tbody role="rowgroup">
      {entries.map((entry, i) => (
        <tr key={i} role="row" className={entry.mark === 'applies' ? 'option-applies' : undefined}>
          {i === 0 && (
            <th scope="row" role="rowheader" rowSpan={entries.length}>
              {localize(criterion.name)}
              <span className="option-meaning muted">{localize(criterion.meaning)}</span>
              {measured && (
                <span className="option-measured">{describeMeasured(kb, measured, language)}</span>
              )}
              <OverlayMark facts={valueFacts(kb, option.id, criterion.id, cell)} />
            </th>
          )}
          <td role="cell" className="option-value">
            {entry.label && <span className="option-condition">{entry.label}</span>}
            <LevelMeter level={entry.level} />
            {entry.mark && <span className={`option-mark option-mark-${entry.mark}`}>{t[entry.mark]}</span>}
          </td>
          <td role="cell" className="option-note">
            {entry.note ? localize(entry.note) : ''}
          </td>
          <td role="cell" className="option-cite">
            <SourceCitation source={entry.source} />
          </td>
        </tr>
      ))}
    </tbody>
  );
}
