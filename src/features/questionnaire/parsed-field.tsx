import { useId, useState } from 'react';

interface Props<T> {
  label: string;
  describedBy: string;
  value: T | undefined;
  /** The stored value from the text, or undefined when the text is not valid. */
  parse: (text: string) => T | undefined;
  onChange: (value: T | undefined) => void;
  placeholder: string;
  hint: string;
  invalid: string;
  inputMode: 'decimal' | 'numeric';
}

/** Free text for one fact (kernel "major.minor", host count); only a valid value (or empty = unknown) is stored. */
export function ParsedField<T extends string | number>(props: Props<T>) {
  const { label, describedBy, value, parse, onChange } = props;
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [stored, setStored] = useState(value);
  const [touched, setTouched] = useState(false);

  // A preset or reset changes the stored value: show it instead of the stale draft.
  if (value !== stored) {
    setStored(value);
    setDraft(value === undefined ? '' : String(value));
    setTouched(false);
  }

  const trimmed = draft.trim();
  const valid = trimmed === '' || parse(trimmed) !== undefined;
  const showError = touched && !valid;

  const change = (text: string) => {
    setDraft(text);
    const next = text.trim();
    if (next === '') onChange(undefined);
    else {
      const parsed = parse(next);
      if (parsed !== undefined) onChange(parsed);
    }
  };

  return (
    <div className="questionnaire-field">
      <label htmlFor={id} className="questionnaire-label">
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={props.inputMode}
        autoComplete="off"
        spellCheck={false}
        size={8}
        placeholder={props.placeholder}
        value={draft}
        aria-invalid={showError}
        aria-describedby={[showError ? errorId : hintId, describedBy].join(' ')}
        onChange={(e) => change(e.target.value)}
        onBlur={() => setTouched(true)}
      />{' '}
      {showError ? (
        <span id={errorId} className="questionnaire-error" role="alert">
          {props.invalid}
        </span>
      ) : (
        <span id={hintId} className="muted questionnaire-hint">
          {props.hint}
        </span>
      )}
    </div>
  );
}
