import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { encodeShare } from '../../src/domain/profile';
import { profileSchema, type Profile } from '../../src/domain/schemas';
import { useAppStore } from '../../src/store';
import { renderWithKnowledge } from '../ui/render-app';

const shared = profileSchema.parse({
  version: 1,
  environment: { bgp: true },
  weights: { throughput: 5 },
  mustHave: [],
});
const mine = { environment: { l2: true }, weights: { latency: 2 } as Profile['weights'] };
const open = (path = '#/results/networking') => {
  const token = encodeShare({ profile: shared, method: 'topsis', compared: ['calico-bgp'] });
  window.location.hash = `${path}?s=${token}`;
};
const answers = () => {
  const s = useAppStore.getState();
  return { environment: s.environment, weights: s.weights, method: s.method, compared: s.compared };
};
const dialog = () => screen.findByRole('dialog', { name: 'This link carries a different profile' });

describe('opening a share link when a profile already exists', () => {
  it('applies the link without asking when the profile is still the default', async () => {
    open();
    renderWithKnowledge(<App />);
    await waitFor(() => expect(useAppStore.getState().weights).toEqual({ throughput: 5 }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#/results/networking');
  });

  it('applies the link without asking when it carries the same profile', async () => {
    open();
    renderWithKnowledge(<App />, { environment: { bgp: true }, weights: shared.weights, method: 'weighted' });
    await waitFor(() => expect(useAppStore.getState().method).toBe('topsis'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The shared profile was loaded.');
  });

  it('asks before replacing a different profile, with focus in the dialog, and changes nothing meanwhile', async () => {
    open();
    renderWithKnowledge(<App />, mine);
    const prompt = await dialog();
    expect(prompt).toHaveAttribute('aria-modal', 'true');
    expect(prompt).toHaveAccessibleDescription(/differs from it\. Nothing changes until you choose\./);
    expect(within(prompt).getByRole('button', { name: 'Keep mine' })).toHaveFocus();
    await userEvent.tab();
    expect(within(prompt).getByRole('button', { name: 'Compare the two' })).toHaveFocus();
    await userEvent.tab();
    expect(within(prompt).getByRole('button', { name: 'Replace my profile with the link’s' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(within(prompt).getByRole('button', { name: 'Compare the two' })).toHaveFocus();
    expect(answers()).toMatchObject({ ...mine, method: 'weighted', compared: [] });
  });

  it('replaces the profile with the link’s when asked to', async () => {
    open();
    renderWithKnowledge(<App />, mine);
    await userEvent.click(
      within(await dialog()).getByRole('button', { name: 'Replace my profile with the link’s' }),
    );
    expect(answers()).toEqual({
      environment: { bgp: true },
      weights: { throughput: 5 },
      method: 'topsis',
      compared: ['calico-bgp'],
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('The shared profile was loaded.');
    expect(window.location.hash).toBe('#/results/networking');
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the button', () => userEvent.click(screen.getByRole('button', { name: 'Keep mine' }))],
    ['Escape', () => userEvent.keyboard('{Escape}')],
  ])('keeps the profile and discards the link with %s', async (_how, keep) => {
    open();
    renderWithKnowledge(<App />, mine);
    await dialog();
    await keep();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(answers()).toEqual({ ...mine, method: 'weighted', compared: [] });
    expect(useAppStore.getState().otherProfile).toBeUndefined();
    expect(window.location.hash).toBe('#/results/networking');
  });

  it('compares the two: the link’s profile becomes the other one and the comparison opens', async () => {
    open('#/stack');
    renderWithKnowledge(<App />, mine);
    await userEvent.click(within(await dialog()).getByRole('button', { name: 'Compare the two' }));
    expect(window.location.hash).toBe('#/profiles');
    expect(useAppStore.getState().otherProfile).toEqual({ profile: shared, method: 'topsis', from: 'link' });
    expect(answers()).toEqual({ ...mine, method: 'weighted', compared: [] });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two profiles side by side' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Where the answers differ' })).toBeInTheDocument();
  });

  it('never asks about a damaged link: it is refused and the profile kept', async () => {
    const token = encodeShare({ profile: shared, method: 'topsis', compared: [] });
    window.location.hash = `#/results/networking?s=${token.slice(0, -6)}`;
    renderWithKnowledge(<App />, mine);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This share link is damaged'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(answers()).toEqual({ ...mine, method: 'weighted', compared: [] });
  });

  it('asks in the chosen language', async () => {
    open();
    renderWithKnowledge(<App />, { ...mine, language: 'ru' });
    const prompt = await screen.findByRole('dialog', { name: 'В ссылке другой профиль' });
    expect(within(prompt).getByRole('button', { name: 'Оставить мой' })).toHaveFocus();
  });
});
