import { useId, useState, type ChangeEvent } from 'react';
import { OVERLAY_MAX_BYTES } from '@/domain/overlay/limits';
import { printable } from '@/domain/profile';
import { useOverlay } from '@/knowledge-context';
import { useAppStore } from '@/store';
import { format, readText, useMessages, ProblemList } from '@/ui';
import { overlayMessages } from './messages';

/**
 * Loads an overlay file — all or nothing: it is checked against the knowledge base first, and a
 * refused one is explained and leaves the overlay held before (if any) as it was.
 */
export function LoadOverlay() {
  const t = useMessages(overlayMessages);
  const overlay = useOverlay();
  const setOverlay = useAppStore((s) => s.setOverlay);
  const [problems, setProblems] = useState<readonly string[]>();
  const headingId = useId();

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that choosing the same file again loads it again.
    e.target.value = '';
    if (!file || !overlay) return;
    const name = printable(file.name);
    if (file.size > OVERLAY_MAX_BYTES) {
      setProblems([format(t.tooLarge, { file: name, size: file.size, limit: OVERLAY_MAX_BYTES })]);
      return;
    }
    readText(file).then(
      (text) => {
        const result = overlay.check(text, name);
        if (!result) return;
        if (result.ok) setOverlay({ fileName: name, text });
        setProblems(result.ok ? undefined : result.problems);
      },
      () => setProblems([t.readFailed]),
    );
  };

  return (
    <section className="panel overlay-load" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.loadHeading}</h2>
      <label className="overlay-field">
        {t.loadFile}
        <input type="file" accept=".json,application/json" onChange={onFile} />
      </label>
      <p className="muted">{t.format}</p>
      {problems ? (
        <div role="alert" className="overlay-problems">
          <p>{t.loadFailed}</p>
          <ProblemList problems={problems} />
        </div>
      ) : null}
    </section>
  );
}
