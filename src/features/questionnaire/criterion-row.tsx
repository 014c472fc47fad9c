import { useId } from 'react';
import type { Criterion } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { format, useLocalize, useMessages } from '@/ui';
import { messages } from './messages';

interface Props {
  criterion: Criterion;
  /** Names of the other categories this criterion also belongs to. */
  sharedWith: readonly string[];
  /** It belongs to every category: say so instead of listing them all. */
  sharedByAll: boolean;
}

/** One criterion: its meaning, a 0–5 weight slider and a must-have switch. */
export function CriterionRow({ criterion, sharedWith, sharedByAll }: Props) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const id = useId();
  const meaningId = useId();
  const sharedId = useId();
  const weight = useAppStore((s) => s.weights[criterion.id] ?? 0);
  const mustHave = useAppStore((s) => s.mustHave.includes(criterion.id));
  const setWeight = useAppStore((s) => s.setWeight);
  const toggleMustHave = useAppStore((s) => s.toggleMustHave);
  const name = localize(criterion.name);
  const shared = sharedWith.length > 0;

  return (
    <li className="questionnaire-criterion" data-weighted={weight > 0 || undefined}>
      <div className="questionnaire-criterion-text">
        <label htmlFor={id} className="questionnaire-criterion-name">
          {name}
        </label>
        <p id={meaningId} className="questionnaire-criterion-meaning">
          {localize(criterion.meaning)}
        </p>
        {shared && (
          <p id={sharedId} className="muted questionnaire-shared">
            {sharedByAll
              ? t.sharedWithAll
              : format(t.sharedWith, { categories: sharedWith.join(t.listSeparator) })}
          </p>
        )}
      </div>
      <div className="questionnaire-criterion-controls">
        <input
          id={id}
          type="range"
          min={0}
          max={5}
          step={1}
          value={weight}
          aria-valuetext={format(t.weightValueText, { n: weight })}
          aria-describedby={shared ? `${meaningId} ${sharedId}` : meaningId}
          onChange={(e) => setWeight(criterion.id, Number(e.target.value))}
        />
        <span className="questionnaire-weight-value" aria-hidden="true">
          {weight}
        </span>
        <label className="questionnaire-must-have">
          <input
            type="checkbox"
            checked={mustHave}
            aria-label={format(t.mustHaveLabel, { name })}
            onChange={() => toggleMustHave(criterion.id)}
          />{' '}
          {t.mustHave}
        </label>
      </div>
    </li>
  );
}
