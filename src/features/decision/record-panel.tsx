import { useId, useMemo, useState } from 'react';
import { decisionRecordBlocks, defaultRecordCategories, recordToMarkdown } from '@/domain/decision';
import type { CategoryId } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge, useLanguage, useMessages, useProfile } from '@/ui';
import { CategoryPicker } from './category-picker';
import { downloadFile } from './download-file';
import { messages } from './messages';
import { PrintView } from './print-view';
import { RecordPreview } from './record-preview';

function RecordContent({ headingId }: { headingId: string }) {
  const t = useMessages(messages);
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const language = useLanguage();
  // Until the user picks, the record follows the profile (categories it weights, networking).
  const [picked, setPicked] = useState<CategoryId[]>();
  const defaults = useMemo(() => defaultRecordCategories(kb, profile), [kb, profile]);
  const categories = picked ?? defaults;
  const [date] = useState(() => new Date().toISOString().slice(0, 10));
  const blocks = useMemo(
    () => decisionRecordBlocks(kb, profile, method, language, { categories, date }),
    [kb, profile, method, language, categories, date],
  );
  const markdown = useMemo(() => recordToMarkdown(blocks), [blocks]);
  const none = categories.length === 0;

  return (
    <>
      <section className="panel decision-panel no-print" aria-labelledby={headingId}>
        <h2 id={headingId}>{t.recordHeading}</h2>
        <p className="muted">{t.recordHint}</p>
        <CategoryPicker selected={categories} onChange={setPicked} />
        {none && <p className="unknown">{t.noCategory}</p>}
        <div className="decision-row">
          <button
            type="button"
            className="primary"
            disabled={none}
            onClick={() => downloadFile('decision-record.md', markdown, 'text/markdown')}
          >
            {t.downloadRecord}
          </button>
          <button type="button" disabled={none} onClick={() => window.print()}>
            {t.print}
          </button>
        </div>
        <RecordPreview markdown={markdown} />
      </section>
      <PrintView blocks={blocks} />
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
