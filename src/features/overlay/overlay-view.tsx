import { useEffect } from 'react';
import { OVERLAY_NEEDS, useKnowledge, useKnowledgeNeeds, useOverlay } from '@/knowledge-context';
import { useAppStore } from '@/store';
import { useMessages } from '@/ui';
import { HeldOverlay } from './held-overlay';
import { LoadOverlay } from './load-overlay';
import { overlayMessages } from './messages';
import { OverlayChanges } from './overlay-changes';
import './overlay.css';

/** Your evidence: load a team overlay, see it applied (or why not), what it changes, switch it off. */
export default function OverlayView() {
  const t = useMessages(overlayMessages);
  const ready = useKnowledgeNeeds(OVERLAY_NEEDS);
  const { kb } = useKnowledge();
  const overlay = useOverlay();
  const held = useAppStore((s) => s.overlay);
  const prepare = overlay?.prepare;
  useEffect(() => prepare?.(), [prepare]);
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {!ready || !overlay?.ready ? (
        <p aria-busy="true">{t.loading}</p>
      ) : (
        <>
          {held ? <HeldOverlay held={held} /> : <p>{t.none}</p>}
          <LoadOverlay />
          {overlay.status === 'applied' && kb.overlay ? (
            <OverlayChanges base={overlay.base} overlaid={kb} />
          ) : null}
        </>
      )}
    </>
  );
}
