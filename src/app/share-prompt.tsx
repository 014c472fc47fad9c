import { lazy, Suspense, useRef } from 'react';
import type { SharedDecision } from '@/domain/profile';
import { format, useMessages, usePlurals } from '@/ui';
import { appMessages, appPlurals } from './messages';
import { PromptDialog } from './prompt-dialog';
import type { PendingShare, ShareChoice } from './use-share-link';

// Fetched only when a link carries an overlay: most links do not, and the shell stays small.
const ShareOverlayPrompt = lazy(() =>
  import('./share-overlay-prompt').then((m) => ({ default: m.ShareOverlayPrompt })),
);

interface Props {
  decision: PendingShare;
  onChoose: (choice: ShareChoice) => void;
}

/**
 * What a share link waits for: first, when its profile differs from the user's own, whether to
 * replace it, keep it (Escape) or compare the two; then, when it carries a knowledge overlay,
 * whether to use it once it is checked.
 */
export function SharePrompt({ decision, onChoose }: Props) {
  if (decision.step === 'overlay' && decision.overlay)
    return (
      <Suspense fallback={null}>
        <ShareOverlayPrompt overlay={decision.overlay} onDone={() => onChoose('done')} />
      </Suspense>
    );
  return <ProfileStep decision={decision} onChoose={onChoose} />;
}

/** Modal: focus starts on "keep" and stays inside until a choice. */
function ProfileStep({ decision, onChoose }: { decision: SharedDecision; onChoose: Props['onChoose'] }) {
  const t = useMessages(appMessages);
  const count = usePlurals(appPlurals);
  const keep = useRef<HTMLButtonElement>(null);
  const { profile } = decision;
  return (
    <PromptDialog
      title={t.sharePromptTitle}
      text={t.sharePromptText}
      safe={keep}
      onEscape={() => onChoose('keep')}
    >
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
    </PromptDialog>
  );
}
