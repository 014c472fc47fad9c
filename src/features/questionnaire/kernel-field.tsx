import { useId, useState } from 'react';
import { kernelVersionSchema } from '@/domain/schemas';
import { useMessages } from '@/ui';
import { messages } from './messages';

interface Props {
  label: string;
  describedBy: string;
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** Free text "major.minor"; only a valid version (or empty = unknown) reaches the store. */
export function KernelField({ label, describedBy, value, onChange }: Props) {
  const t = useMessages(messages);
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value ?? '');
  const [stored, setStored] = useState(value);
  const [touched, setTouched] = useState(false);

  // A preset or reset changes the stored value: show it instead of the stale draft.
  if (value !== stored) {
    setStored(value);
    setDraft(value ?? '');
    setTouched(false);
  }

  const trimmed = draft.trim();
  const valid = trimmed === '' || kernelVersionSchema.safeParse(trimmed).success;
  const showError = touched && !valid;

  const change = (text: string) => {
    setDraft(text);
    const next = text.trim();
    if (next === '') onChange(undefined);
    else if (kernelVersionSchema.safeParse(next).success) onChange(next);
  };

  return (
    <div className="questionnaire-field">
      <label htmlFor={id} className="questionnaire-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        size={8}
        placeholder={t.kernelPlaceholder}
        value={draft}
        aria-invalid={showError}
        aria-describedby={[showError ? errorId : hintId, describedBy].join(' ')}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setTouched(true)}
      />{' '}
      {showError ? (
        <span id={errorId} className="questionnaire-error" role="alert">
          {t.kernelInvalid}
        </span>
      ) : (
        <span id={hintId} className="muted questionnaire-hint">
          {t.kernelHint}
        </span>
      )}
    </div>
  );
}
