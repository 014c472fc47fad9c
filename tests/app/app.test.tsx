import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { encodeShare } from '../../src/domain/profile';
import { profileSchema } from '../../src/domain/schemas';
import { useAppStore } from '../../src/store';
import { kb, renderWithKnowledge } from '../ui/render-app';

const shared = profileSchema.parse({
  version: 1,
  environment: { bgp: true },
  weights: { throughput: 5 },
  mustHave: [],
});

describe('app shell', () => {
  it('offers every view in the navigation and marks the current one', async () => {
    window.location.hash = '#/about';
    renderWithKnowledge(<App />);
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of [
      'Questionnaire',
      'Results',
      'Compare',
      'Benchmarks',
      'Case studies',
      'Keep & share',
      'About the data',
    ]) {
      expect(nav).toContainElement(screen.getByRole('link', { name }));
    }
    expect(screen.getByRole('link', { name: 'About the data' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches the whole UI language and remembers it in the store', async () => {
    renderWithKnowledge(<App />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'zh');
    expect(useAppStore.getState().language).toBe('zh');
    expect(screen.getByRole('link', { name: '业界案例' })).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'ru');
    expect(screen.getByRole('link', { name: 'Кейсы компаний' })).toBeInTheDocument();
  });

  it('applies a valid share link over a blank profile, then drops the token from the URL', async () => {
    const token = encodeShare({ profile: shared, method: 'topsis', compared: ['calico-bgp', 'calico-ipip'] });
    window.location.hash = `#/results/networking?s=${token}`;
    renderWithKnowledge(<App />);
    await waitFor(() => expect(useAppStore.getState().weights).toEqual({ throughput: 5 }));
    const s = useAppStore.getState();
    expect([s.environment, s.method, s.compared]).toEqual([
      { bgp: true },
      'topsis',
      ['calico-bgp', 'calico-ipip'],
    ]);
    expect(screen.getByRole('status')).toHaveTextContent('The shared profile was loaded.');
    expect(window.location.hash).toBe('#/results/networking');
  });

  it.each<[string, (token: string) => string]>([
    ['truncated', (t) => t.slice(0, -7)],
    ['tampered', (t) => `${t.slice(0, 10)}!!${t.slice(12)}`],
    ['wrong version', (t) => `9${t.slice(1)}`],
  ])('keeps the current profile and explains a %s share link', async (_name, damage) => {
    const token = encodeShare({ profile: shared, method: 'weighted', compared: [] });
    window.location.hash = `#/results/networking?s=${damage(token)}`;
    renderWithKnowledge(<App />, { weights: { latency: 2 } as never, environment: { l2: true } });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('This share link is damaged or not valid'),
    );
    expect(useAppStore.getState().weights).toEqual({ latency: 2 });
    expect(useAppStore.getState().environment).toEqual({ l2: true });
  });

  it('rejects a well-formed link whose profile names an unknown criterion', async () => {
    const token = encodeShare({ profile: shared, method: 'weighted', compared: [] });
    const json = JSON.parse(atob(token.slice(2).replace(/-/g, '+').replace(/_/g, '/'))) as {
      profile: { weights: Record<string, number> };
    };
    json.profile.weights = { speed: 4 };
    const bad = `1.${btoa(JSON.stringify(json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    window.location.hash = `#/results/networking?s=${bad}`;
    renderWithKnowledge(<App />);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'profile.weights.speed: unknown criterion id (value: 4)',
      ),
    );
  });

  it('shows the data date and size in the footer', () => {
    renderWithKnowledge(<App />);
    expect(screen.getByRole('contentinfo')).toHaveTextContent(
      `${kb.options.length} options, ${kb.sources.length} sources`,
    );
  });

  it('sets the document language and theme', async () => {
    renderWithKnowledge(<App />);
    act(() => useAppStore.getState().setTheme('dark'));
    act(() => useAppStore.getState().setLanguage('zh'));
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-Hans'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
