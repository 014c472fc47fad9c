import { useId } from 'react';
import { useOverlay } from '@/knowledge-context';
import { useAppStore, type StoredOverlay } from '@/store';
import { format, useMessages, ProblemList } from '@/ui';
import { overlayMessages } from './messages';

/** The overlay held: who wrote it, its hash, whether it applies, and the way to switch it off or remove it. */
export function HeldOverlay({ held }: { held: StoredOverlay }) {
  const t = useMessages(overlayMessages);
  const overlay = useOverlay();
  const setEnabled = useAppStore((s) => s.setOverlayEnabled);
  const remove = useAppStore((s) => s.removeOverlay);
  const headingId = useId();
  // Checked by the shell whether it is on or off, so its name, owner and hash show either way.
  const info = overlay?.held?.ok ? overlay.held.overlay : undefined;
  const status = overlay?.status;
  const statusText =
    status === 'applied'
      ? t.statusApplied
      : status === 'off'
        ? t.statusOff
        : status === 'refused'
          ? t.statusRefused
          : t.statusLoading;

  return (
    <section className="panel overlay-held" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heldHeading}</h2>
      {info ? (
        <p>
          <strong>{info.name}</strong> — {format(t.by, { owner: info.owner })}
        </p>
      ) : null}
      {info?.description ? <p>{info.description}</p> : null}
      <p className="overlay-hash">{format(t.file, { file: held.fileName, hash: info?.sha256 ?? '…' })}</p>
      <label className="overlay-toggle">
        <input type="checkbox" checked={held.enabled} onChange={(e) => setEnabled(e.target.checked)} />
        {t.use}
      </label>
      <p role="status">{statusText}</p>
      {status === 'refused' ? (
        <ProblemList className="overlay-problems" problems={overlay?.problems ?? []} />
      ) : null}
      <button type="button" onClick={remove}>
        {t.remove}
      </button>
    </section>
  );
}
