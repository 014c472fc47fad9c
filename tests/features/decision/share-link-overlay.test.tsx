import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { decodeShare, MAX_SHARED_OVERLAY_TEXT } from '../../../src/domain/profile';
import DecisionView from '../../../src/features/decision/decision-view';
import { kb, renderWithKnowledge } from '../../ui/render-app';

// With an overlay held and on, the share link may carry it: not at all (the default), inline when
// it is small enough, or by the address where the team publishes it.

const example = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const held = { fileName: 'acme-dc.overlay.json', text: example, enabled: true };

const panel = () => within(screen.getByRole('region', { name: 'Share link' }));
const linkField = () => panel().getByRole('textbox', { name: 'Link to share' }) as HTMLInputElement;
const decoded = () => {
  const hash = new URL(linkField().value).hash;
  const result = decodeShare(new URLSearchParams(hash.split('?')[1]).get('s') ?? '', kb);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.decision;
};
const group = () =>
  panel().getByRole('group', { name: 'Your knowledge overlay (acme-dc.overlay.json) in the link' });

describe('the share link and the overlay held', () => {
  it('offers no overlay choice when none is held, or it is switched off', () => {
    renderWithKnowledge(<DecisionView />, { overlay: { ...held, enabled: false } });
    expect(panel().queryByRole('group', { name: /knowledge overlay/ })).not.toBeInTheDocument();
    expect(decoded().overlay).toBeUndefined();
  });

  it('leaves the overlay out by default, and carries it inline when chosen', async () => {
    renderWithKnowledge(<DecisionView />, { overlay: held });
    expect(within(group()).getByRole('radio', { name: 'Not included' })).toBeChecked();
    expect(decoded().overlay).toBeUndefined();
    await userEvent.click(within(group()).getByRole('radio', { name: /^Inline/ }));
    expect(decoded().overlay).toEqual({ text: example });
  });

  it('carries the address once it is a usable one, and makes no link meanwhile', async () => {
    renderWithKnowledge(<DecisionView />, { overlay: held });
    await userEvent.click(within(group()).getByRole('radio', { name: /^By address/ }));
    const address = within(group()).getByRole('textbox', { name: 'Address of the overlay file (https)' });
    await userEvent.type(address, 'http://example.org/acme.json');
    expect(address).toHaveAttribute('aria-invalid', 'true');
    expect(address).toHaveAccessibleDescription(/No link until the address is usable: only https/);
    expect(linkField().value).toBe('');
    expect(panel().getByRole('button', { name: 'Copy link' })).toBeDisabled();
    await userEvent.clear(address);
    await userEvent.type(address, 'https://teams.example.org/acme.json');
    expect(address).toHaveAttribute('aria-invalid', 'false');
    expect(decoded().overlay).toEqual({ url: 'https://teams.example.org/acme.json' });
  });

  it('says an overlay is too large to carry inline and offers the address', () => {
    const big = { ...held, text: `${example}${' '.repeat(MAX_SHARED_OVERLAY_TEXT)}` };
    renderWithKnowledge(<DecisionView />, { overlay: big });
    expect(within(group()).getByRole('radio', { name: /^Inline/ })).toBeDisabled();
    expect(within(group()).getByText(/Too large to carry in the link/)).toBeInTheDocument();
    expect(within(group()).getByRole('radio', { name: /^By address/ })).toBeEnabled();
  });

  it('asks in the chosen language', () => {
    renderWithKnowledge(<DecisionView />, { overlay: held, language: 'ru' });
    expect(screen.getByRole('radio', { name: 'Не включать' })).toBeChecked();
  });
});
