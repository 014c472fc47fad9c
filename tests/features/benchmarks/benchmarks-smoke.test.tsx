import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import BenchmarksView from '../../../src/features/benchmarks/benchmarks-view';
import { kb, renderWithKnowledge } from '../../ui/render-app';

describe('Benchmarks', () => {
  it('has a section per published source with its conditions next to the figures', () => {
    renderWithKnowledge(<BenchmarksView />);
    for (const bench of kb.benchmarks)
      expect(screen.getByRole('heading', { level: 2, name: bench.title.en })).toBeInTheDocument();
    const infra = kb.benchmarks.find((b) => b.id === 'infrabuilder-cni-2024');
    expect(screen.getAllByText(`${infra?.conditions.nicGbps} Gbit/s`).length).toBeGreaterThan(0);
    expect(screen.getAllByText(String(infra?.conditions.mtu)).length).toBeGreaterThan(0);
  });

  it('narrows the sources to those that measured the chosen option', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const measured = kb.benchmarks.filter((b) =>
      b.series.some((s) => s.results.some((r) => r.option === 'weave-sleeve')),
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Option' }), 'weave-sleeve');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(measured.map((b) => b.title.en)),
    );
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(measured.length);
  });
});
