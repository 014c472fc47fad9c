import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { SharedDecision } from '@/domain/profile';
import { format, useMessages, usePlurals } from '@/ui';
import { appMessages, appPlurals } from './messages';
import type { ShareChoice } from './use-share-link';
import './share-prompt.css';

interface Props {
  decision: SharedDecision;
  onChoose: (choice: ShareChoice) => void;
}

/**
 * Asks what to do with a share link whose profile differs from the user's own: replace it, keep
 * it (Escape), or compare the two. Modal: focus starts on "keep" and stays inside until a choice.
 */
export function SharePrompt({ decision, onChoose }: Props) {
  const t = useMessages(appMessages);
  const count = usePlurals(appPlurals);
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const keep = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    keep.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before !== document.body && before.isConnected) before.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onChoose('keep');
    } else if (e.key === 'Tab') {
      const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = (at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      e.preventDefault();
      buttons[next]?.focus();
    }
  };

  const { profile } = decision;
  return (
    <div className="share-prompt-backdrop">
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={textId}
        className="share-prompt"
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId}>{t.sharePromptTitle}</h2>
        <p id={textId}>{t.sharePromptText}</p>
        <p className="muted">
          {format(t.sharePromptLink, {
            env: count.facts(Object.keys(profile.environment).length),
            weights: count.weights(Object.values(profile.weights).filter((w) => w > 0).length),
            must: count.mustHaves(profile.mustHave.length),
          })}
        </p>
        <div className="share-prompt-actions">
          <button type="button" onClick={() => onChoose('replace')}>
            {t.sharePromptReplace}
          </button>
          <button type="button" ref={keep} onClick={() => onChoose('keep')}>
            {t.sharePromptKeep}
          </button>
          <button type="button" className="primary" onClick={() => onChoose('compare')}>
            {t.sharePromptCompare}
          </button>
        </div>
      </div>
    </div>
  );
}
