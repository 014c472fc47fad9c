import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ResultsView from '../../../src/features/results/results-view';
import { rank } from '../../../src/domain/scoring';
import { profileSchema } from '../../../src/domain/schemas';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

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
