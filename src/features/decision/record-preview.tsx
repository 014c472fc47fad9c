import { useDeferredValue, useId } from 'react';
import type { RecordBlock } from '@/words/decision';
import { useMessages } from '@/ui';
import { messages } from './messages';
import { RecordView } from './record-view';

/**
 * The record rendered as it reads (and prints), in a keyboard-scrollable region. Deferred, so
 * typing a rationale stays quick while the long record catches up.
 */
export function RecordPreview({ blocks }: { blocks: readonly RecordBlock[] }) {
  const t = useMessages(messages);
  const labelId = useId();
  const shown = useDeferredValue(blocks);
  return (
    <section className="decision-record" aria-labelledby={labelId}>
      <p id={labelId} className="decision-record-label no-print">
        {t.preview}
      </p>
      <article className="decision-record-body" tabIndex={0} aria-labelledby={labelId}>
        <RecordView blocks={shown} />
      </article>
    </section>
  );
}
