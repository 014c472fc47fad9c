import { useId, useState } from 'react';
import type { CategoryId } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { downloadText, format, useMessages } from '@/ui';
import { CategoryPicker } from './category-picker';
import { ChoiceEditor } from './choice-editor';

import { messages } from './messages';
import { RecordPreview } from './record-preview';
import { StatusField } from './status-field';
import { useDecisionData, useDecisionRecord } from './use-decision-record';

function RecordContent({ headingId }: { headingId: string }) {
  const t = useMessages(messages);
  const data = useDecisionData();
  // Until the user picks, the record covers every layer the stack fills.
  const [picked, setPicked] = useState<CategoryId[]>();
  const categories = picked ?? data.stackCategories;
  const [date] = useState(() => new Date().toISOString().slice(0, 10));
  const { blocks, markdown, diagram } = useDecisionRecord(data, categories, date);
  const none = categories.length === 0;
  const choicesId = useId();

  return (
    <>
      <section className="panel decision-panel no-print" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.recordHeading}</h2>
        <p className="muted">{t.recordHint}</p>
        <StatusField />
        <CategoryPicker selected={categories} onChange={setPicked} />
        {none && <p className="unknown">{t.noCategory}</p>}
        <h3 id={choicesId}>{t.choicesHeading}</h3>
        <ul className="decision-choices" aria-labelledby={choicesId}>
          {data.categories
            .filter((d) => categories.includes(d.category))
            .map((d) => (
              <li key={d.category}>
                <ChoiceEditor decision={d} />
              </li>
            ))}
        </ul>
        <div className="decision-row">
          <button
            type="button"
            className="primary"
            disabled={none}
            onClick={() => downloadText('decision-record.md', markdown, 'text/markdown')}
          >
            {t.downloadRecord}
          </button>
          {diagram && !none ? (
            <button type="button" onClick={() => downloadText(diagram.file, diagram.svg, 'image/svg+xml')}>
              {t.downloadDiagram}
            </button>
          ) : null}
          <button type="button" disabled={none} onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
        {diagram && !none ? <p className="muted">{format(t.diagramHint, { file: diagram.file })}</p> : null}
      </section>
      <RecordPreview blocks={blocks} />
    </>
  );
}

/** The decision record needs the options, which arrive with the full knowledge. */
export function RecordPanel() {
  const t = useMessages(messages);
  const { complete } = useKnowledge();
  const headingId = useId();
  if (complete) return <RecordContent headingId={headingId} />;
  return (
    <section className="panel decision-panel no-print" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.recordHeading}</h2>
      <p aria-busy="true">{t.loading}</p>
    </section>
  );
}
