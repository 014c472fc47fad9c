import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { renderWithKnowledge } from '../ui/render-app';

const DAMAGED = /^This link is damaged\.$/;
const NOT_FOUND = /^No such page\.$/;

// Broken % escapes: a lone or cut-off %, non-hex digits, overlong and surrogate UTF-8, bytes that
// can never start a character.
const badEscapes = ['%', '%zz', '%4', '%%41', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%F8%88%80%80%80', '%FF'];
const prefixes = ['', 'results/', 'options/', 'cases/', 'about/', 'compare/'];

const malformed: [string, RegExp][] = [
  ...prefixes.flatMap((p) => badEscapes.map((e): [string, RegExp] => [`#/${p}${e}`, DAMAGED])),
  ['#/results/networking%', DAMAGED],
  ['#/options/calico-bgp%E0%A4', DAMAGED],
  // Dropping the bad share token rewrites the address, so its path is read as written: unknown.
  ['#/%zz/%zz/%zz?s=%', NOT_FOUND],
  ['#/cases/%?category=%E0', DAMAGED],
  ['#/nope', NOT_FOUND],
  ['#/results/nope', NOT_FOUND],
  ['#/options', NOT_FOUND],
  ['#/RESULTS/networking', NOT_FOUND],
  ['#/%2e%2e/%2e%2e/etc/passwd', NOT_FOUND],
  ['#/__proto__', NOT_FOUND],
  ['#/constructor/prototype', NOT_FOUND],
  [`#/${'a/'.repeat(5000)}`, NOT_FOUND],
  ['#/\u0000\u0007\u001b[2K', NOT_FOUND],
  ['#/\u202Eabout', NOT_FOUND],
  ['#/results/%ZZ?s=%', NOT_FOUND],
  ['#/options/nope', /^No option with id “nope”$/],
  [`#/options/${'x'.repeat(50_000)}`, /^No option with id “x{50000}”$/],
  ['#/options/\u0000\u001b[31m', /^No option with id/],
  ['#/cases/nope', /no such case study|not found/i],
  [`#/cases/${'9'.repeat(20_000)}`, /no such case study|not found/i],
  ['#/about?%=%&&==&%zz', /^About the data$/],
  ['#/compare?%', /^Compare options$/],
  ['#/benchmarks?option=%zz&kind=%', /^Benchmarks$/],
  ['#/cases?category=%E0&q=%&sort=??', /^Case studies$/],
  ['#/results/networking?s=%', /^Results: /],
  ['#/?=&&==', /^Describe your environment and needs$/],
];

const QUESTIONNAIRE = /^Describe your environment and needs$/;

// After each bad address, a good one must bring its view back.
const good: [string, RegExp][] = [
  ['#/about', /^About the data$/],
  ['#/', QUESTIONNAIRE],
  ['#/cases', /^Case studies$/],
  ['#/compare', /^Compare options$/],
  ['#/options/calico-bgp', /^Calico/],
];

// Plain DOM queries: role queries over whole views are too slow for 160 page changes.
const heading = () => document.querySelector('main h1');
const nav = () => document.querySelector('header nav[aria-label="Main"]');

async function go(hash: string, name: RegExp): Promise<void> {
  act(() => {
    window.location.hash = hash;
  });
  await waitFor(() => expect(heading()?.textContent).toMatch(name), { timeout: 5000 });
  expect(heading()).toBeVisible();
  expect(nav()?.querySelectorAll('a')).toHaveLength(10);
  expect(nav()?.querySelector('a[href="#/about"]')).toHaveTextContent('About the data');
}

describe('a malformed address never blanks the app', () => {
  it(`shows a page for each of ${malformed.length} bad addresses, and a good address recovers`, async () => {
    expect(malformed.length).toBeGreaterThanOrEqual(50);
    const errors = vi.spyOn(console, 'error');
    renderWithKnowledge(<App />);
    for (const [i, [bad, heading]] of malformed.entries()) {
      await go(bad, heading);
      const [hash, view] = good[i % good.length] ?? ['#/', QUESTIONNAIRE];
      await go(hash, view);
    }
    // Nothing reached an error boundary on the way.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  }, 120_000);

  it('explains a damaged link with a way home, and nothing is marked broken after leaving it', async () => {
    window.location.hash = '#/options/%E0%A4%A';
    renderWithKnowledge(<App />);
    expect(screen.getByRole('heading', { level: 1, name: DAMAGED })).toBeVisible();
    expect(screen.getByText(/not valid percent-encoding/)).toBeVisible();
    act(() => screen.getByRole('link', { name: 'Go to the questionnaire' }).click());
    expect(await screen.findByRole('heading', { level: 1, name: QUESTIONNAIRE })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('marks no navigation entry as the current page on a damaged link', () => {
    window.location.hash = '#/results/networking%';
    renderWithKnowledge(<App />);
    expect(screen.getByRole('heading', { level: 1, name: DAMAGED })).toBeVisible();
    expect(document.querySelector('header nav [aria-current="page"]')).toBeNull();
  });

  it.each<[string, string]>([
    ['zh', '此链接已损坏。'],
    ['ru', 'Ссылка повреждена.'],
  ])('says so in %s too', (language, text) => {
    window.location.hash = '#/%zz';
    renderWithKnowledge(<App />, { language: language as 'zh' | 'ru' });
    expect(screen.getByRole('heading', { level: 1, name: text })).toBeVisible();
  });
});
