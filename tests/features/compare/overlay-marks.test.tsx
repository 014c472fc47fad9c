import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CompareView from '../../../src/features/compare/compare-view';
import { kb } from '../../ui/render-app';
import {
  acmeState,
  FROM_OVERLAY,
  overlaid,
  renderWith,
  TEAM_MEASUREMENT,
} from '../../support/overlay-knowledge';

const ids = ['calico-bgp', 'acme-cni', 'canal'];
const name = (id: string) => overlaid.optionById.get(id)?.name ?? id;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matrix = () => screen.getByRole('table');
const isMark = (_: string, element: Element | null) => element?.classList.contains('badge-overlay') ?? false;
const header = (id: string) =>
  within(matrix()).getByRole('columnheader', { name: new RegExp(`^${escape(name(id))}`) });
/** A criterion's cell for each compared option, in column order (after the weight cell). */
const cellOf = (criterion: string, id: string) => {
  const row = within(matrix())
    .getByRole('rowheader', { name: new RegExp(`^${criterion}`) })
    .closest('tr');
  if (!row) throw new Error(`no row for ${criterion}`);
  const cells = within(row)
    .getAllByRole('cell')
    .filter((cell) => !cell.classList.contains('compare-weight'));
  const cell = cells[ids.indexOf(id)];
  if (!cell) throw new Error(`no ${criterion} cell for ${id}`);
  return cell;
};

describe('CompareView with a team overlay', () => {
  it('marks each value the team measured in the matrix', () => {
    renderWith(<CompareView />, { ...acmeState, compared: ids });
    expect(within(cellOf('Throughput', 'calico-bgp')).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    expect(within(cellOf('Throughput', 'acme-cni')).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    // Canal is not in the team's campaign; and no other criterion was measured or set by the team.
    expect(within(cellOf('Throughput', 'canal')).queryAllByText(isMark)).toHaveLength(0);
    expect(within(cellOf('Latency', 'calico-bgp')).queryAllByText(isMark)).toHaveLength(0);
    expect(within(cellOf('Latency', 'acme-cni')).queryAllByText(isMark)).toHaveLength(0);
  });

  it('marks an added option and a replaced status in the option’s header', () => {
    renderWith(<CompareView />, { ...acmeState, compared: ids });
    expect(within(header('acme-cni')).getByText(`${FROM_OVERLAY} (option added)`)).toBeInTheDocument();
    expect(within(header('canal')).getByText(`${FROM_OVERLAY} (status replaced)`)).toBeInTheDocument();
    expect(within(header('calico-bgp')).queryAllByText(isMark)).toHaveLength(0);
    // The added option is marked once, by its name: none of its values repeats it.
    expect(within(matrix()).getAllByText(/option added/)).toHaveLength(1);
    const canal = screen.getByRole('region', { name: name('canal') });
    expect(within(canal).getByText(`${FROM_OVERLAY} (status replaced)`)).toBeInTheDocument();
  });

  it('marks nothing without an overlay', () => {
    renderWith(<CompareView />, { ...acmeState, compared: ['calico-bgp', 'canal'] }, kb);
    expect(within(matrix()).getByRole('rowheader', { name: /^Throughput/ })).toBeInTheDocument();
    expect(screen.queryByText(/from overlay/)).not.toBeInTheDocument();
    expect(screen.queryAllByText(isMark)).toHaveLength(0);
  });
});
