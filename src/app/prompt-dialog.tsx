import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './share-prompt.css';

interface Props {
  title: string;
  /** The text that says what the dialog asks. */
  text: ReactNode;
  /** The safe choice: focused first, and what Escape does. */
  safe: RefObject<HTMLButtonElement | null>;
  onEscape: () => void;
  children: ReactNode;
}

/**
 * A modal question: focus starts on the safe choice and stays among the dialog's buttons until a
 * choice is made, Escape takes the safe choice, and focus goes back where it was afterwards.
 */
export function PromptDialog({ title, text, safe, onEscape, children }: Props) {
  const titleId = useId();
  const textId = useId();
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    safe.current?.focus();
    return () => {
      if (before instanceof HTMLElement && before !== document.body && before.isConnected) before.focus();
      else document.getElementById('main')?.focus();
    };
  }, [safe]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
    } else if (e.key === 'Tab') {
      const buttons = [...(dialog.current?.querySelectorAll('button') ?? [])];
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      const next = (at + (e.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
      e.preventDefault();
      buttons[next]?.focus();
    }
  };

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
        <h2 id={titleId}>{title}</h2>
        <p id={textId}>{text}</p>
        {children}
      </div>
    </div>
  );
}
