import { useId } from 'react';
import { useMessages } from '@/ui';
import { messages } from './messages';

interface Props {
  label: string;
  describedBy: string;
  value: boolean | undefined;
  onChange: (value: boolean | undefined) => void;
}

type Answer = 'yes' | 'no' | 'unknown';

const toAnswer = (value: boolean | undefined): Answer =>
  value === undefined ? 'unknown' : value ? 'yes' : 'no';
const fromAnswer = (answer: Answer): boolean | undefined =>
  answer === 'unknown' ? undefined : answer === 'yes';

/** Yes / no / unknown as a radio group. */
export function TriStateField({ label, describedBy, value, onChange }: Props) {
  const t = useMessages(messages);
  const name = useId();
  const current = toAnswer(value);
  const answers: readonly Answer[] = ['yes', 'no', 'unknown'];
  return (
    <fieldset className="questionnaire-field questionnaire-tristate" aria-describedby={describedBy}>
      <legend className="questionnaire-label">{label}</legend>
      <div className="questionnaire-radios">
        {answers.map((answer) => (
          <label key={answer} className="questionnaire-radio">
            <input
              type="radio"
              name={name}
              value={answer}
              checked={current === answer}
              onChange={() => onChange(fromAnswer(answer))}
            />{' '}
            {t[answer]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
