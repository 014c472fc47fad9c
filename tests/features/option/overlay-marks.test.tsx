import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import OptionView from '../../../src/features/option/option-view';
import { kb } from '../../ui/render-app';
import {
  acmeState,
  FROM_OVERLAY,
  overlaid,
  renderWith,
  TEAM_MEASUREMENT,
} from '../../support/overlay-knowledge';

const TEAM_BENCHMARK = 'acme-dc-iperf-2026-10';
const isMark = (_: string, element: Element | null) => element?.classList.contains('badge-overlay') ?? false;
const valuesTable = () => screen.getByRole('table', { name: /Level, note and source for every criterion/ });
const valueRow = (criterion: string) =>
  within(valuesTable()).getByRole('row', { name: new RegExp(`^${criterion}`) });
const header = () => screen.getByRole('banner');
const section = (heading: string) => screen.getByRole('region', { name: heading });
const teamTitle = overlaid.benchmarks.find((b) => b.id === TEAM_BENCHMARK)?.title.en ?? '?';

describe('OptionView with a team overlay', () => {
  it('marks the value the team measured and its benchmark', () => {
    renderWith(<OptionView id="calico-bgp" />, acmeState);
    expect(within(valueRow('Throughput')).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    expect(within(valueRow('Latency')).queryAllByText(isMark)).toHaveLength(0);
    expect(within(valuesTable()).getAllByText(isMark)).toHaveLength(1);
    expect(within(header()).queryAllByText(isMark)).toHaveLength(0);
    const team = screen.getByRole('rowheader', {
      name: new RegExp(`^${teamTitle.replace(/[()]/g, '\\$&')}`),
    });
    expect(within(team).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
  });

  it('marks an option the overlay added once, in its header', () => {
    renderWith(<OptionView id="acme-cni" />, acmeState);
    expect(within(header()).getByText(`${FROM_OVERLAY} (option added)`)).toBeInTheDocument();
    expect(screen.getAllByText(/option added/)).toHaveLength(1);
    // Its values are all the overlay's: the measured one also names the team's campaign.
    expect(within(valueRow('Throughput')).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    expect(within(valuesTable()).getAllByText(isMark)).toHaveLength(1);
  });

  it('marks a replaced status', () => {
    renderWith(<OptionView id="canal" />, acmeState);
    expect(within(header()).getByText(`${FROM_OVERLAY} (status replaced)`)).toBeInTheDocument();
    expect(within(section('Maintenance')).getByText(`${FROM_OVERLAY} (status replaced)`)).toBeInTheDocument();
    expect(within(section('Maintenance')).getByText(/Deprecated at Acme by ADR-017/)).toBeInTheDocument();
  });

  it('marks nothing without an overlay', () => {
    for (const id of ['calico-bgp', 'canal']) {
      const { unmount } = renderWith(<OptionView id={id} />, acmeState, kb);
      expect(within(valueRow('Throughput')).getAllByRole('cell').length).toBeGreaterThan(0);
      expect(screen.queryByText(/from overlay/)).not.toBeInTheDocument();
      expect(screen.queryAllByText(isMark)).toHaveLength(0);
      unmount();
    }
  });
});
