import { useId } from 'react';
import { MAX_SHARED_OVERLAY_TEXT, overlayUrlProblem, type SharedOverlay } from '@/domain/profile';
import type { StoredOverlay } from '@/store';
import { format, useMessages } from '@/ui';
import { messages } from './messages';

export type OverlayMode = 'none' | 'inline' | 'url';

export interface OverlayChoice {
  mode: OverlayMode;
  url: string;
}

/**
 * What the link carries of the overlay: nothing, the overlay itself (when small enough), or its
 * address; `problem` says why no link can be made yet.
 */
export function sharedOverlay(
  held: StoredOverlay | undefined,
  choice: OverlayChoice,
): { overlay?: SharedOverlay; problem?: string } {
  if (!held?.enabled || choice.mode === 'none') return {};
  if (choice.mode === 'inline')
    return held.text.length <= MAX_SHARED_OVERLAY_TEXT ? { overlay: { text: held.text } } : {};
  const url = choice.url.trim();
  const problem = overlayUrlProblem(url);
  return problem === undefined ? { overlay: { url } } : { problem };
}

interface Props {
  held: StoredOverlay;
  choice: OverlayChoice;
  onChange: (choice: OverlayChoice) => void;
  /** Why the address cannot be used yet. */
  problem: string | undefined;
}

/** Whether and how the share link carries the overlay held: not at all (default), inline, or by address. */
export function ShareOverlayChoice({ held, choice, onChange, problem }: Props) {
  const t = useMessages(messages);
  const name = useId();
  const problemId = useId();
  const tooLarge = held.text.length > MAX_SHARED_OVERLAY_TEXT;
  const radio = (mode: OverlayMode, label: string, disabled = false) => (
    <label>
      <input
        type="radio"
        name={name}
        value={mode}
        checked={choice.mode === mode}
        disabled={disabled}
        onChange={() => onChange({ ...choice, mode })}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset className="decision-choice decision-field">
      <legend>{format(t.shareOverlayLegend, { file: held.fileName })}</legend>
      {radio('none', t.shareOverlayNone)}
      {radio('inline', t.shareOverlayInline, tooLarge)}
      {tooLarge ? (
        <p className="muted">
          {format(t.shareOverlayTooLarge, { size: held.text.length, limit: MAX_SHARED_OVERLAY_TEXT })}
        </p>
      ) : null}
      {radio('url', t.shareOverlayByUrl)}
      {choice.mode === 'url' ? (
        <label className="decision-field">
          {t.shareOverlayUrl}
          <input
            type="url"
            value={choice.url}
            placeholder="https://"
            aria-invalid={problem !== undefined}
            aria-describedby={problem !== undefined ? problemId : undefined}
            onChange={(e) => onChange({ ...choice, url: e.target.value })}
          />
        </label>
      ) : null}
      {problem !== undefined ? (
        <p id={problemId} className="unmet">
          {format(t.shareOverlayUrlProblem, { problem })}
        </p>
      ) : null}
      <p className="muted">{t.shareOverlayHint}</p>
    </fieldset>
  );
}
