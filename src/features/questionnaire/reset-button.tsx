import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '@/store';
import { useMessages } from '@/ui';
import { messages } from './messages';

/** Reset takes two steps, so a slip of the mouse does not wipe the work. */
export function ResetButton({ onReset }: { onReset: () => void }) {
  const t = useMessages(messages);
  const resetProfile = useAppStore((s) => s.resetProfile);
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  // Focus follows the swap of buttons; null means leave focus alone (first render).
  const focusNext = useRef<'cancel' | 'reset' | null>(null);

  useEffect(() => {
    const target =
      focusNext.current === 'cancel' ? cancelRef : focusNext.current === 'reset' ? resetRef : null;
    target?.current?.focus();
    focusNext.current = null;
  }, [confirming]);

  const step = (next: boolean) => {
    focusNext.current = next ? 'cancel' : 'reset';
    setConfirming(next);
  };

  if (!confirming)
    return (
      <button type="button" ref={resetRef} onClick={() => step(true)}>
        {t.reset}
      </button>
    );
  return (
    <span className="questionnaire-confirm" role="group" aria-label={t.resetQuestion}>
      <span>{t.resetQuestion}</span>
      <button
        type="button"
        className="questionnaire-danger"
        onClick={() => {
          resetProfile();
          onReset();
          step(false);
        }}
      >
        {t.confirmReset}
      </button>
      <button type="button" ref={cancelRef} onClick={() => step(false)}>
        {t.cancel}
      </button>
    </span>
  );
}
