import { useId, useMemo, useState } from 'react';
import { encodeShare } from '@/domain/profile';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { format, useLocalize, useMessages } from '@/ui';
import { messages } from './messages';
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
  const [status, setStatus] = useState<CopyStatus>();
  const headingId = useId();

  const link = useMemo(
    () =>
      shareUrl(
        `${window.location.origin}${window.location.pathname}`,
        target,
        encodeShare({ profile, method, compared }),
      ),
    [target, profile, method, compared],
  );

  const copy = async () => {
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
      <div className="decision-row">
        <label className="decision-field decision-grow">
          {t.linkLabel}
          <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button type="button" className="primary" onClick={() => void copy()}>
          {t.copy}
        </button>
      </div>
      <p role="status" aria-live="polite" className={status === 'copyFailed' ? 'unmet' : 'met'}>
        {status ? t[status] : ''}
      </p>
    </section>
  );
}
