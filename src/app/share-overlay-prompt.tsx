import { useRef } from 'react';
import { printable, summarizeProblems, type SharedOverlay } from '@/domain/profile';
import { useAppStore } from '@/store';
import { format, ProblemList, useMessages, usePlurals } from '@/ui';
import { MAX_OVERLAY_BYTES, OVERLAY_FETCH_TIMEOUT_MS, type FetchFailure } from './fetch-overlay';
import { appPlurals } from './messages';
import { shareOverlayMessages } from './share-overlay-messages';
import { PromptDialog } from './prompt-dialog';
import { useOverlayOffer } from './use-overlay-offer';

type Messages = (typeof shareOverlayMessages)['en'];

/** Why the overlay was not fetched, in the user's language. */
function failureText(t: Messages, failure: FetchFailure): string {
  switch (failure.kind) {
    case 'refused':
      return format(t.shareOverlayFailRefused, { problem: failure.problem });
    case 'status':
      return format(t.shareOverlayFailStatus, { status: failure.status });
    case 'tooLarge':
      return format(t.shareOverlayFailTooLarge, { limit: MAX_OVERLAY_BYTES, size: failure.bytes });
    case 'timeout':
      return format(t.shareOverlayFailTimeout, { seconds: OVERLAY_FETCH_TIMEOUT_MS / 1000 });
    case 'notText':
      return t.shareOverlayFailNotText;
    case 'unreachable':
      return t.shareOverlayFailUnreachable;
  }
}

interface Props {
  overlay: SharedOverlay;
  /** The overlay was used or ignored: the link is done with. */
  onDone: () => void;
}

/**
 * Shows a share link's knowledge overlay before anything is applied: fetched (on request) and
 * checked, with its name, owner, hash and how many facts it sets, or why it was refused. Only "Use
 * this overlay" holds it; "Ignore" (and Escape) leave the overlay held before as it was.
 */
export function ShareOverlayPrompt({ overlay, onDone }: Props) {
  const t = useMessages(shareOverlayMessages);
  const count = usePlurals(appPlurals);
  const held = useAppStore((s) => s.overlay);
  const setOverlay = useAppStore((s) => s.setOverlay);
  const ignore = useRef<HTMLButtonElement>(null);
  const { text, fetched, result, fetch } = useOverlayOffer(overlay);
  const url = 'url' in overlay ? overlay.url : undefined;
  const checked = result?.ok ? result.overlay : undefined;
  const waiting = text !== undefined && result === undefined;

  const use = () => {
    if (text === undefined || !checked) return;
    setOverlay({ fileName: url === undefined ? 'share link' : printable(url), text });
    onDone();
  };

  return (
    <PromptDialog title={t.shareOverlayTitle} text={t.shareOverlayText} safe={ignore} onEscape={onDone}>
      {url === undefined ? (
        <p className="muted">{t.shareOverlayInline}</p>
      ) : (
        <p>
          {t.shareOverlayUrl} <code className="share-prompt-code">{printable(url)}</code>
        </p>
      )}
      <div role="status" aria-live="polite" className="share-prompt-status">
        {fetched.state === 'fetching' ? <p>{t.shareOverlayFetching}</p> : null}
        {waiting ? <p>{t.shareOverlayLoading}</p> : null}
        {checked ? (
          <>
            <p>{t.shareOverlayChecked}</p>
            <p>
              <strong>{format(t.shareOverlayBy, { name: checked.name, owner: checked.owner })}</strong>
            </p>
            {checked.description ? <p className="muted">{checked.description}</p> : null}
            <p className="share-prompt-code">
              {format(t.shareOverlaySets, { facts: count.facts(checked.facts.size), hash: checked.sha256 })}
            </p>
            {held ? <p>{format(t.shareOverlayReplaces, { file: held.fileName })}</p> : null}
          </>
        ) : null}
      </div>
      {fetched.state === 'failed' ? (
        <p role="alert" className="unmet">
          {format(t.shareOverlayFailed, { reason: failureText(t, fetched.failure) })}
        </p>
      ) : null}
      {result && !result.ok ? (
        <div role="alert" className="share-prompt-problems">
          <p className="unmet">{t.shareOverlayRefused}</p>
          <ProblemList problems={summarizeProblems(result.problems)} />
        </div>
      ) : null}
      <div className="share-prompt-actions">
        {url !== undefined ? (
          <button type="button" aria-disabled={fetched.state === 'fetching'} onClick={fetch}>
            {t.shareOverlayFetch}
          </button>
        ) : null}
        {checked ? (
          <button type="button" className="primary" onClick={use}>
            {t.shareOverlayUse}
          </button>
        ) : null}
        <button type="button" ref={ignore} onClick={onDone}>
          {t.shareOverlayIgnore}
        </button>
      </div>
    </PromptDialog>
  );
}
