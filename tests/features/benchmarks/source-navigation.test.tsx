import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Benchmark } from '../../../src/domain/schemas';
import BenchmarksView from '../../../src/features/benchmarks/benchmarks-view';
import { benchmarkMessages } from '../../../src/features/benchmarks/messages';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const en = benchmarkMessages.en;

const benchmark = (id: string): Benchmark => {
  const found = kb.benchmarks.find((b) => b.id === id);
  if (!found) throw new Error(`no benchmark ${id}`);
  return found;
};
const foldButton = (b: Benchmark, language: 'en' | 'zh' | 'ru' = 'en') =>
  screen.getByRole('button', { name: b.title[language] });

/** A screen as narrow as a phone's (matchMedia answers the page's query). */
const onPhone = () =>
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: query.includes('max-width'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));

// jsdom does not scroll; the call and its target are what the user would see move.
const scrollIntoView = vi.fn();
beforeEach(() => {
  scrollIntoView.mockClear();
  Element.prototype.scrollIntoView = scrollIntoView;
});
afterEach(() => vi.unstubAllGlobals());

describe('Jump to source', () => {
  it('scrolls to the chosen source and moves focus to its title', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const target = benchmark('seed-001-tongcheng');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: en.jumpTo }), target.title.en);
    await userEvent.click(screen.getByRole('button', { name: en.jumpGo }));
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    expect(scrollIntoView.mock.contexts[0]).toBe(screen.getByRole('region', { name: target.title.en }));
    expect(foldButton(target)).toHaveFocus();
    expect(foldButton(target)).toHaveAttribute('aria-expanded', 'true');
  });

  it('lists exactly the sources the filters leave, in page order', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const jump = screen.getByRole('combobox', { name: en.jumpTo });
    expect(
      within(jump)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(kb.benchmarks.map((b) => b.title.en));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: en.filterKind }), en.kind_encryption);
    expect(
      within(jump)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent));
    expect(within(jump).getAllByRole('option').length).toBeLessThan(kb.benchmarks.length);
  });
});

describe('on a phone', () => {
  beforeEach(onPhone);

  it('starts with every source folded to its title, date and number of series', () => {
    renderWithKnowledge(<BenchmarksView />);
    for (const b of kb.benchmarks) {
      expect(foldButton(b)).toHaveAttribute('aria-expanded', 'false');
      const region = screen.getByRole('region', { name: b.title.en });
      expect(region).toHaveTextContent(`${b.date} · ${b.series.length} series`);
    }
    expect(screen.queryAllByRole('img')).toHaveLength(0);
    expect(screen.queryByRole('heading', { level: 3, name: en.conditions })).toBeNull();
  });

  it('unfolds a source on a press, showing its conditions and figures', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const infra = benchmark('infrabuilder-cni-2024');
    await userEvent.click(foldButton(infra));
    expect(foldButton(infra)).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: infra.title.en });
    expect(within(region).getByRole('heading', { level: 3, name: en.conditions })).toBeVisible();
    expect(within(region).getAllByRole('img').length).toBeGreaterThan(0);
    await userEvent.click(foldButton(infra));
    expect(within(region).queryByRole('heading', { level: 3, name: en.conditions })).toBeNull();
  });

  it('unfolds and folds every source at once', async () => {
    renderWithKnowledge(<BenchmarksView />);
    await userEvent.click(screen.getByRole('button', { name: en.expandAll }));
    for (const b of kb.benchmarks) expect(foldButton(b)).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('button', { name: en.collapseAll }));
    for (const b of kb.benchmarks) expect(foldButton(b)).toHaveAttribute('aria-expanded', 'false');
  });

  it('unfolds the source it jumps to', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const target = benchmark('cmgs-docker-network-cloud');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: en.jumpTo }), target.title.en);
    await userEvent.click(screen.getByRole('button', { name: en.jumpGo }));
    expect(foldButton(target)).toHaveAttribute('aria-expanded', 'true');
    expect(foldButton(target)).toHaveFocus();
  });

  it.each<[string, string]>([
    ['seed-001-meizu-iops', '1 серия'],
    ['seed-001-meizu-iperf', '2 серии'],
    ['infrabuilder-cni-2024', '8 серий'],
  ])('counts the series of %s in Russian: %s', (id, phrase) => {
    renderWithKnowledge(<BenchmarksView />, { language: 'ru' });
    const b = benchmark(id);
    expect(screen.getByRole('region', { name: b.title.ru })).toHaveTextContent(`${b.date} · ${phrase}`);
  });
});
