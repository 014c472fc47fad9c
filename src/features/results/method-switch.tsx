import { memo, useId } from 'react';
import { methods, type Method } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { useMessages } from '@/ui';
import { resultsMessages } from './messages';

const hints = { weighted: 'weightedHint', topsis: 'topsisHint' } as const;

/** Weighted sum or TOPSIS; the choice is part of the stored state, so every view agrees. */
export const MethodSwitch = memo(function MethodSwitch() {
  const t = useMessages(resultsMessages);
  const method = useAppStore((s) => s.method);
  const setMethod = useAppStore((s) => s.setMethod);
  const id = useId();
  return (
    <fieldset className="results-method">
      <legend>{t.methodLegend}</legend>
      {methods.map((m: Method) => (
        <div key={m} className="results-method-choice">
          <input
            type="radio"
            id={`${id}-${m}`}
            name={`${id}-method`}
            value={m}
            checked={method === m}
            onChange={() => setMethod(m)}
            aria-describedby={`${id}-${m}-hint`}
          />
          <label htmlFor={`${id}-${m}`}>{t[m]}</label>
          <p id={`${id}-${m}-hint`} className="muted">
            {t[hints[m]]}
          </p>
        </div>
      ))}
    </fieldset>
  );
});
