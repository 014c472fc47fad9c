import { memo, useId } from 'react';
import { useAppStore } from '@/store';
import { useMessages } from '@/ui';
import { resultsMessages } from './messages';

/** The profile's includeUnmaintained, where its effect is seen. */
export const LifecycleToggle = memo(function LifecycleToggle() {
  const t = useMessages(resultsMessages);
  const include = useAppStore((s) => s.includeUnmaintained);
  const setInclude = useAppStore((s) => s.setIncludeUnmaintained);
  const hintId = useId();
  return (
    <p className="results-lifecycle no-print">
      <label>
        <input
          type="checkbox"
          checked={include}
          aria-describedby={hintId}
          onChange={(e) => setInclude(e.target.checked)}
        />{' '}
        {t.includeUnmaintained}
      </label>{' '}
      <span id={hintId} className="muted">
        {t.includeUnmaintainedHint}
      </span>
    </p>
  );
});
