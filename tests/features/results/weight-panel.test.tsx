import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ResultsView from '../../../src/features/results/results-view';
import { rank } from '../../../src/domain/scoring';
import { profileSchema } from '../../../src/domain/schemas';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';
import { fakeScreen } from './narrow-screen';

const environment = { bgp: false, l2: false };
const expectedTop = (weights: Record<string, number>) =>
  rank(kb, profileSchema.parse({ version: 1, environment, weights }), {
    category: 'networking',
    method: 'weighted',
  }).ranking[0]?.name;

describe('results: weights beside the ranking', () => {
  it('moving a slider updates the store and re-ranks what is shown', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment,
      weights: { simplicity: 5 } as never,
    });
    const firstRanked = () => {
      const list = within(screen.getByRole('region', { name: 'Ranking' })).getAllByRole(
        'list',
      )[0] as HTMLElement;
      return within(within(list).getAllByRole('listitem')[0] as HTMLElement).getAllByRole('link')[0]
        ?.textContent;
    };
    expect(firstRanked()).toBe(expectedTop({ simplicity: 5 }));
    fireEvent.change(screen.getByRole('slider', { name: 'Network policy / ACL' }), {
      target: { value: '5' },
    });
    fireEvent.change(screen.getByRole('slider', { name: 'Throughput' }), { target: { value: '5' } });
    expect(useAppStore.getState().weights).toEqual({ simplicity: 5, networkPolicy: 5, throughput: 5 });
    expect(firstRanked()).toBe(expectedTop({ simplicity: 5, networkPolicy: 5, throughput: 5 }));
    expect(screen.getByRole('slider', { name: 'Throughput' })).toHaveAttribute('aria-valuetext', '5 of 5');
  });
});

describe('results: the weights panel on a phone', () => {
  const weights = { throughput: 5, networkPolicy: 3, simplicity: 2, latency: 1 } as never;
  const panel = () => summary().closest('details');
  const summary = () => screen.getByText('Adjust the weights').closest('summary') as HTMLElement;
  const throughput = () => screen.getByRole('slider', { name: 'Throughput' });

  it('starts open with the sliders on a wide screen (and where matchMedia is missing)', () => {
    renderWithKnowledge(<ResultsView category="networking" />, { environment, weights });
    expect(throughput()).toBeVisible();
    expect(screen.queryByText(/^Weighted \(/)).not.toBeInTheDocument();
  });

  it('starts closed on a phone, summed up in one line: how many are weighted, the heaviest first', () => {
    fakeScreen(true);
    renderWithKnowledge(<ResultsView category="networking" />, { environment, weights });
    expect(throughput()).not.toBeVisible();
    expect(summary()).toHaveTextContent(
      'Adjust the weightsWeighted (4): Throughput 5, Network policy / ACL 3, Simplicity 2, +1 more',
    );
  });

  it('says so when nothing is weighted', () => {
    fakeScreen(true);
    renderWithKnowledge(<ResultsView category="logging" />, { weights: { throughput: 5 } as never });
    expect(summary()).toHaveTextContent('None weighted: every criterion counts equally');
  });

  it('keeps what the user opened when the screen turns', async () => {
    const screenSize = fakeScreen(true);
    renderWithKnowledge(<ResultsView category="networking" />, { environment, weights });
    await userEvent.click(summary());
    expect(throughput()).toBeVisible();
    screenSize.resize(false);
    screenSize.resize(true);
    expect(throughput()).toBeVisible();
    expect(panel()).toHaveAttribute('open');
  });

  it('follows the screen until the user chooses', () => {
    const screenSize = fakeScreen(false);
    renderWithKnowledge(<ResultsView category="networking" />, { environment, weights });
    expect(throughput()).toBeVisible();
    screenSize.resize(true);
    expect(throughput()).not.toBeVisible();
  });
});
