import type { FactChange } from '@/domain/overlay';
import { useKnowledge } from '@/knowledge-context';
import { format, StatusBadge, useLocalize, useMessages, useOptionName } from '@/ui';
import { overlayMessages } from './messages';

const level = (x: number | undefined, absent: string): string =>
  x === undefined ? absent : String(Math.round(x * 100) / 100);

/** One row per fact the overlay sets: what it is, the published value and the overlay's. */
export function FactRows({ changes }: { changes: readonly FactChange[] }) {
  const t = useMessages(overlayMessages);
  const { kb } = useKnowledge();
  const name = useOptionName();
  const localize = useLocalize();
  const criterion = (id: string) => {
    const found = kb.criterionById.get(id);
    return found ? localize(found.name) : id;
  };
  const entryName = {
    source: t.entrySource,
    benchmark: t.entryBenchmark,
    'case-study': t.entryCaseStudy,
    'stack-rule': t.entryStackRule,
  };
  return changes.map((c, i) => {
    const key = `${c.kind}-${i}`;
    if (c.kind === 'value' || c.kind === 'measured')
      return (
        <tr key={key}>
          <th scope="row">
            {format(c.kind === 'value' ? t.valueFact : t.measuredFact, {
              option: name(c.option),
              criterion: criterion(c.criterion),
            })}
          </th>
          <td>{level(c.before, t.absent)}</td>
          <td>{level(c.after, t.absent)}</td>
        </tr>
      );
    if (c.kind === 'status')
      return (
        <tr key={key}>
          <th scope="row">{format(t.statusFact, { option: name(c.option) })}</th>
          <td>{c.before ? <StatusBadge state={c.before} /> : t.absent}</td>
          <td>
            <StatusBadge state={c.after} />
          </td>
        </tr>
      );
    const what =
      c.kind === 'option'
        ? format(c.change === 'added' ? t.optionAdded : t.optionReplaced, { option: name(c.option) })
        : `${format(entryName[c.what], { id: c.id })}: ${c.change === 'added' ? t.entryAdded : t.entryReplaced}`;
    return (
      <tr key={key}>
        <th scope="row" colSpan={3}>
          {what}
        </th>
      </tr>
    );
  });
}
