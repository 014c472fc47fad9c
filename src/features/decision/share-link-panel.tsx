import { useId, useMemo, useState } from 'react';
import { encodeShare } from '@/domain/profile';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { format, useLocalize, useMessages } from '@/ui';
import { messages } from './messages';
import { ShareOverlayChoice, sharedOverlay, type OverlayChoice } from './share-overlay-choice';
import { shareUrl, type ShareTarget } from './share-url';

type CopyStatus = 'copied' | 'copyFailed' | undefined;

export function ShareLinkPanel() {
  const t = useMessages(messages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const compared = useAppStore((s) => s.compared);
  const [target, setTarget] = useState<ShareTarget>('networking');
  const held = useAppStore((s) => s.overlay);
  const [choice, setChoice] = useState<OverlayChoice>({ mode: 'none', url: '' });
  const [status, setStatus] = useState<CopyStatus>();
  const headingId = useId();

  const shared = useMemo(() => sharedOverlay(held, choice), [held, choice]);
  const { problem } = shared;
  const link = useMemo(
    () =>
      shared.problem === undefined
        ? shareUrl(
            `${window.location.origin}${window.location.pathname}`,
            target,
            encodeShare({
              profile,
              method,
              compared,
              ...(shared.overlay ? { overlay: shared.overlay } : {}),
            }),
          )
        : '',
    [target, profile, method, compared, shared],
  );

  const copy = async () => {
    if (!link) return;
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };

  return (
    <section className="panel decision-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.shareHeading}</h2>
      <p className="muted">{t.shareHint}</p>
      <label className="decision-field">
        {t.shareTarget}
        <select
          value={target}
          onChange={(e) => {
            setTarget(e.target.value as ShareTarget);
            setStatus(undefined);
          }}
        >
          {kb.categories.map((c) => (
            <option key={c.id} value={c.id}>
              {format(t.targetResults, { category: localize(c.name) })}
            </option>
          ))}
          <option value="compare">{t.targetCompare}</option>
        </select>
      </label>
      {held?.enabled ? (
        <ShareOverlayChoice
          held={held}
          choice={choice}
          problem={problem}
          onChange={(next) => {
            setChoice(next);
            setStatus(undefined);
          }}
        />
      ) : null}
      <div className="decision-row">
        <label className="decision-field decision-grow">
          {t.linkLabel}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" className="primary" disabled={!link} onClick={() => void copy()}>
          {t.copy}
        </button>
      </div>
      <p role="status" aria-live="polite" className={status === 'copyFailed' ? 'unmet' : 'met'}>
        {status ? t[status] : ''}
      </p>
    </section>
  );
}
