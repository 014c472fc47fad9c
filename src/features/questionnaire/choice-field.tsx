import { useId } from 'react';
import { useMessages } from '@/ui';
import { messages } from './messages';

export interface Choice {
  value: string;
  label: string;
}

interface Props {
  label: string;
  describedBy: string;
  value: string | undefined;
  choices: readonly Choice[];
  /** Receives the picked value, or undefined for "unknown". */
  onChange: (value: string | undefined) => void;
}

const UNKNOWN = '';

/** A select whose first choice is "Unknown". */
export function ChoiceField({ label, describedBy, value, choices, onChange }: Props) {
  const t = useMessages(messages);
  const id = useId();
  return (
    <div className="questionnaire-field">
      <label htmlFor={id} className="questionnaire-label">
        {label}
      </label>
      <select
        id={id}
        value={value ?? UNKNOWN}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value === UNKNOWN ? undefined : e.target.value)}
      >
        <option value={UNKNOWN}>{t.unknown}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
