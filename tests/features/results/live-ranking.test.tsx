import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CriterionId, Environment, Profile } from '../../../src/domain/schemas';
import { rank } from '../../../src/domain/scoring';
import { nearMisses, stability } from '../../../src/domain/sensitivity';
import ResultsView from '../../../src/features/results/results-view';
import { weightText } from '../../../src/features/results/share-text';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

/*
 * While weights move, the list is redrawn in place and the sections below it follow a moment
 * later; what the user opened stays with its option, and everything ends up matching the engine.
 */

const noBgpNoL2: Environment = { bgp: false, l2: false };
const w = (weights: Record<string, number>) => weights as Profile['weights'];
const name = (id: string) => kb.optionById.get(id)?.name ?? id;
const engine = (profile: Omit<Profile, 'version'>) =>
  rank(kb, { version: 1, ...profile }, { category: 'networking', method: 'weighted' });
const rankedNames = () =>
  within(screen.getByRole('region', { name: 'Ranking' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
/** The row's "Details" button, which says "Hide details" while open. */
const detailsButton = (id: string) =>
  screen.getByRole('button', {
    name: (n) => n === `Details ${name(id)}` || n === `Hide details ${name(id)}`,
  });
const setWeight = (criterion: string, weight: number) =>
  act(() => useAppStore.getState().setWeight(criterion as CriterionId, weight));

describe('results while weights move', () => {
  it('keeps opened evidence with its option when the option changes place', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: noBgpNoL2,
      weights: w({ throughput: 5 }),
    });
    await userEvent.click(detailsButton('docker-host'));
    const before = rankedNames();
    expect(before.indexOf(name('docker-host'))).toBeLessThan(before.indexOf(name('docker-bridge')));

    setWeight('simplicity', 5);
    const after = rankedNames();
    expect(after.indexOf(name('docker-bridge'))).toBeLessThan(after.indexOf(name('docker-host')));
    expect(detailsButton('docker-host')).toHaveAttribute('aria-expanded', 'true');
    expect(detailsButton('docker-bridge')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('table', { name: /^Evidence for/ })).toEqual([
      screen.getByRole('table', { name: `Evidence for ${name('docker-host')}` }),
    ]);
    // The opened details sit in the row of the option they describe.
    const row = screen.getByRole('link', { name: name('docker-host') }).closest('li') as HTMLElement;
    expect(within(row).getByRole('figure')).toBeInTheDocument();
  });

  it('shows the new score in opened details once a weight changes, where the row keeps its place', async () => {
    const weights = w({ throughput: 5 });
    const changed = w({ throughput: 5, simplicity: 1 });
    const before = engine({ environment: noBgpNoL2, weights, mustHave: [] }).ranking;
    const after = engine({ environment: noBgpNoL2, weights: changed, mustHave: [] }).ranking;
    // An option that stays in its place: only its score and what makes it up change.
    const stays = after.find((o, i) => before[i]?.id === o.id && before[i]?.score !== o.score);
    if (!stays) throw new Error('expected an option that keeps its place');
    renderWithKnowledge(<ResultsView category="networking" />, { environment: noBgpNoL2, weights });
    await userEvent.click(detailsButton(stays.id));
    setWeight('simplicity', 1);
    expect(screen.getByRole('figure')).toHaveTextContent(
      `What makes up the score of ${stays.score.toFixed(3)}`,
    );
    expect(within(screen.getByRole('figure')).getByText(/^Simplicity/)).toBeInTheDocument();
  });

  it('brings an option that left the list back closed', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: {},
      weights: w({ throughput: 5 }),
      includeUnmaintained: true,
    });
    await userEvent.click(detailsButton('weave-sleeve'));
    expect(detailsButton('weave-sleeve')).toHaveAttribute('aria-expanded', 'true');
    act(() => useAppStore.getState().setIncludeUnmaintained(false));
    expect(rankedNames()).not.toContain(name('weave-sleeve'));
    act(() => useAppStore.getState().setIncludeUnmaintained(true));
    expect(detailsButton('weave-sleeve')).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table', { name: /^Evidence for/ })).not.toBeInTheDocument();
  });

  it('brings the confidence panel in line with the new weights', () => {
    const environment: Environment = { orchestrator: 'kubernetes', cloud: 'private', bgp: false, l2: true };
    const profile = { environment, weights: w({ legacyInterop: 5, throughput: 3 }), mustHave: [] };
    renderWithKnowledge(<ResultsView category="networking" />, profile);
    setWeight('simplicity', 2);
    const changed = { ...profile, weights: w({ legacyInterop: 5, throughput: 3, simplicity: 2 }) };
    const ranking = engine(changed);
    const panel = screen.getByRole('region', { name: 'How sure is this?' });
    const lines = within(within(panel).getByRole('region', { name: 'What would change the winner' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    const expected = stability(ranking).map(
      (s) => `${kb.criterionById.get(s.criterion)?.name.en} (weight ${s.weight}):`,
    );
    expect(lines.map((line) => line?.slice(0, line.indexOf(':') + 1))).toEqual(expected);
    const simplicity = stability(ranking).find((s) => s.criterion === 'simplicity');
    expect(lines.find((line) => line?.startsWith('Simplicity'))).toContain(
      weightText(simplicity?.holdsFrom ?? NaN),
    );
    const misses = nearMisses(kb, { version: 1, ...changed }, ranking).slice(0, 6);
    const region = within(panel).getByRole('region', { name: 'Near misses' });
    expect(
      within(region)
        .queryAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual(misses.map((m) => `#/options/${m.id}`));
  });
});
