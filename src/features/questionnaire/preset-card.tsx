import { useId, useState } from 'react';
import type { Preset } from '@/domain/schemas';
import { useLocalize, useMessages } from '@/ui';
import { messages } from './messages';

interface Props {
  preset: Preset;
  /** The preset equals the current profile. */
  active: boolean;
  onApply: () => void;
}

/** A preset's name, its description (clamped until expanded) and the Apply button. */
export function PresetCard({ preset, active, onApply }: Props) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const descriptionId = useId();
  const [expanded, setExpanded] = useState(false);
  const name = localize(preset.name);
  return (
    <li className="questionnaire-preset" data-active={active || undefined}>
      <h3>{name}</h3>
      <p
        id={descriptionId}
        className="questionnaire-preset-description"
        data-expanded={expanded || undefined}
      >
        {localize(preset.description)}
      </p>
      <div className="questionnaire-preset-actions">
        <button type="button" onClick={onApply}>
          {t.apply} <span className="sr-only">{name}</span>
        </button>
        <button
          type="button"
          className="questionnaire-more"
          aria-expanded={expanded}
          aria-controls={descriptionId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t.less : t.more}
        </button>
        {active && <span className="badge questionnaire-active">✓ {t.active}</span>}
      </div>
    </li>
  );
}
