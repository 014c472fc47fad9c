import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ResultsView from '../../../src/features/results/results-view';
import { kb } from '../../ui/render-app';
import {
  acmeState,
  FROM_OVERLAY,
  overlaid,
  renderWith,
  TEAM_MEASUREMENT,
} from '../../support/overlay-knowledge';

const name = (id: string) => overlaid.optionById.get(id)?.name ?? id;
const marks = (container: HTMLElement = document.body) =>
  within(container).queryAllByText((_, element) => element?.classList.contains('badge-overlay') ?? false);
/** The summary line of a ranked option: its name, status, score and actions. */
const summary = (id: string) => {
  const line = screen.getByRole('heading', { level: 3, name: name(id) }).parentElement;
  if (!line) throw new Error(`no summary for ${id}`);
  return line;
};
const openEvidence = async (id: string) => {
  await userEvent.click(screen.getByRole('button', { name: `Details ${name(id)}` }));
  return screen.getByRole('table', { name: `Evidence for ${name(id)}` });
};

describe('ResultsView with a team overlay', () => {
  it('marks the value the team measured, and no other', async () => {
    renderWith(<ResultsView category="networking" />, acmeState);
    const table = await openEvidence('calico-bgp');
    const throughput = within(table).getByRole('row', { name: /^Throughput/ });
    expect(within(throughput).getByText(TEAM_MEASUREMENT)).toHaveClass('badge-overlay');
    expect(marks(table)).toHaveLength(1);
    expect(within(table).getByRole('row', { name: /^Latency/ })).not.toHaveTextContent(FROM_OVERLAY);
    expect(marks(summary('calico-bgp'))).toHaveLength(0);
  });

  it('marks an option the overlay added once, by its name, and its measured value', async () => {
    renderWith(<ResultsView category="networking" />, acmeState);
    expect(within(summary('acme-cni')).getByText(`${FROM_OVERLAY} (option added)`)).toBeInTheDocument();
    const table = await openEvidence('acme-cni');
    // Every value is the overlay's; only the measured one says more than the name's mark does.
    expect(marks(table).map((m) => m.textContent)).toEqual([expect.stringMatching(TEAM_MEASUREMENT)]);
    expect(within(table).queryByText(/option added/)).not.toBeInTheDocument();
  });

  it('marks a replaced status', () => {
    renderWith(<ResultsView category="networking" />, acmeState);
    expect(within(summary('canal')).getByText(`${FROM_OVERLAY} (status replaced)`)).toBeInTheDocument();
  });

  it('marks an added option among the excluded ones', () => {
    renderWith(<ResultsView category="networking" />, { ...acmeState, environment: { bgp: false } });
    const excluded = screen.getByRole('region', { name: 'Excluded options' });
    const item = within(excluded)
      .getByRole('link', { name: name('acme-cni') })
      .closest('li');
    expect(item).toHaveTextContent(`${FROM_OVERLAY} (option added)`);
  });

  it('marks nothing without an overlay', async () => {
    renderWith(<ResultsView category="networking" />, acmeState, kb);
    const table = await openEvidence('calico-bgp');
    expect(within(table).getByRole('row', { name: /^Throughput/ })).toBeInTheDocument();
    expect(screen.queryByText(/from overlay/)).not.toBeInTheDocument();
    expect(marks()).toHaveLength(0);
  });
});
