import { useId, useState } from 'react';
import type { Preset, Profile } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { format, useLocalize, useMessages } from '@/ui';
import { messages } from './messages';
import { PresetCard } from './preset-card';
import { profilesMatch } from './profile-match';
import { ResetButton } from './reset-button';

/** Ready-made profiles from data/presets; applying one can be undone once. */
export function PresetPicker() {
  const t = useMessages(messages);
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const headingId = useId();
  const profile = useProfile();
  const loadProfile = useAppStore((s) => s.loadProfile);
  const [previous, setPrevious] = useState<Profile | undefined>();
  // Kept as a fact, not a string, so it follows a language switch.
  const [status, setStatus] = useState<{ kind: 'applied'; preset: Preset } | { kind: 'undone' | 'reset' }>();
  const statusText =
    status?.kind === 'applied'
      ? format(t.applied, { name: localize(status.preset.name) })
      : status?.kind === 'undone'
        ? t.undone
        : status?.kind === 'reset'
          ? t.resetDone
          : '';

  const apply = (preset: Preset) => {
    setPrevious(profile);
    loadProfile(preset.profile);
    setStatus({ kind: 'applied', preset });
  };
  const undo = () => {
    if (previous) loadProfile(previous);
    setPrevious(undefined);
    setStatus({ kind: 'undone' });
  };

  return (
    <section aria-labelledby={headingId} className="questionnaire-section">
      <h2 id={headingId}>{t.presetsHeading}</h2>
      <p className="muted">{t.presetsIntro}</p>
      <ul className="questionnaire-presets">
        {kb.presets.map((preset) => (
          <PresetCard
            key={preset.id}
            preset={preset}
            active={profilesMatch(preset.profile, profile)}
            onApply={() => apply(preset)}
          />
        ))}
      </ul>
      <div className="questionnaire-preset-footer">
        <p role="status" className="questionnaire-status">
          {statusText}
        </p>
        {previous && (
          <button type="button" onClick={undo}>
            {t.undo}
          </button>
        )}
        <ResetButton onReset={() => (setPrevious(undefined), setStatus({ kind: 'reset' }))} />
      </div>
    </section>
  );
}
