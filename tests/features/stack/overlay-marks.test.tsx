import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import StackView from '../../../src/features/stack/stack-view';
import type { AppState } from '../../../src/store';
import { kb } from '../../ui/render-app';
import {
  acmeState,
  FROM_OVERLAY,
  overlaid,
  renderWith,
  TEAM_MEASUREMENT,
} from '../../support/overlay-knowledge';

const isMark = (_: string, element: Element | null) => element?.classList.contains('badge-overlay') ?? false;
const layer = (category: string) => screen.getByRole('listitem', { name: category });
const pickLine = (category: string) => {
  const line = within(layer(category)).getAllByRole('link')[0]?.closest('p');
  if (!line) throw new Error(`no pick in ${category}`);
  return line;
};
const scoreLine = (category: string) => within(layer(category)).getByText(/^score \d/);
const choose = (id: string) => ({ ...acmeState, choices: { networking: id } as AppState['choices'] });

describe('StackView with a team overlay', () => {
  it('marks a pick’s score drawn from the team’s measurement', () => {
    renderWith(<StackView />, acmeState);
    expect(pickLine('Networking')).toHaveTextContent(overlaid.optionById.get('calico-bgp')?.name ?? '?');
    expect(within(pickLine('Networking')).queryAllByText(isMark)).toHaveLength(0);
    expect(within(scoreLine('Networking')).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    // The team measured networking only.
    expect(within(layer('Logging')).queryAllByText(isMark)).toHaveLength(0);
  });

  it('marks a pick the overlay added, once by its name', () => {
    renderWith(<StackView />, choose('acme-cni'));
    expect(within(pickLine('Networking')).getByText(`${FROM_OVERLAY} (option added)`)).toBeInTheDocument();
    expect(within(scoreLine('Networking')).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    expect(within(layer('Networking')).getAllByText(/option added/)).toHaveLength(1);
  });

  it('marks a pick whose status the overlay replaced', () => {
    renderWith(<StackView />, choose('canal'));
    expect(within(pickLine('Networking')).getByText(`${FROM_OVERLAY} (status replaced)`)).toBeInTheDocument();
  });

  it('marks nothing without an overlay', () => {
    renderWith(<StackView />, { ...acmeState, choices: { networking: 'canal' } as AppState['choices'] }, kb);
    expect(pickLine('Networking')).toHaveTextContent(kb.optionById.get('canal')?.name ?? '?');
    expect(screen.queryByText(/from overlay/)).not.toBeInTheDocument();
    expect(screen.queryAllByText(isMark)).toHaveLength(0);
  });
});
