import { useId } from 'react';
import { useMessages } from '@/ui';
import { messages } from './messages';

/** The Markdown text as it will be downloaded, in a keyboard-scrollable region. */
export function RecordPreview({ markdown }: { markdown: string }) {
  const t = useMessages(messages);
  const headingId = useId();
  return (
    <>
      <h3 id={headingId}>{t.preview}</h3>
      <div className="decision-preview" role="region" aria-labelledby={headingId} tabIndex={0}>
        <pre>{markdown}</pre>
      </div>
    </>
  );
}
