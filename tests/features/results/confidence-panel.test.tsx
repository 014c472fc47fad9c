import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Environment, Profile } from '../../../src/domain/schemas';
import { rank, sameScore } from '../../../src/domain/scoring';
import { nearMisses, rankAcceptability, stability } from '../../../src/domain/sensitivity';
import ResultsView from '../../../src/features/results/results-view';
import { shareText, weightText } from '../../../src/features/results/share-text';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const w = (weights: Record<string, number>) => weights as Profile['weights'];
const name = (id: string) => kb.optionById.get(id)?.name ?? id;
const privateL2: Environment = { orchestrator: 'kubernetes', cloud: 'private', bgp: false, l2: true };
const engine = (profile: Omit<Profile, 'version'>) =>
  rank(kb, { version: 1, ...profile }, { category: 'networking', method: 'weighted' });
const panel = () => screen.getByRole('region', { name: 'How sure is this?' });
const rankedNames = () =>
  within(screen.getByRole('region', { name: 'Ranking' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('How sure is this?', () => {
  const profile = {
    environment: privateL2,
    weights: w({ legacyInterop: 5, throughput: 3, simplicity: 2 }),
    mustHave: [],
  };

  it('says how often the winner comes first, as the seeded acceptability analysis finds', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, profile);
    const ranking = engine(profile);
    const smaa = rankAcceptability(ranking);
    const winner = ranking.ranking[0];
    const share = shareText(smaa.options[0]?.ranks[0] ?? 0);
    expect(
      await within(panel()).findByText(`${winner?.name} is first in ${share} of plausible cases.`),
    ).toBeInTheDocument();
    const table = within(panel()).getByRole('table', { name: /takes rank 1, 2 or 3/ });
    const firstRow = within(table).getAllByRole('row')[1];
    expect(firstRow).toHaveTextContent(winner?.name ?? '?');
    expect(firstRow).toHaveTextContent(share);
  });

  it('states the interval of each weight in which the winner stays first, and who takes over', () => {
    renderWithKnowledge(<ResultsView category="networking" />, profile);
    const ranking = engine(profile);
    const flip = stability(ranking).find(
      (s) => s.flipsTo !== null && (s.holdsFrom > 1e-9 || s.holdsTo < 5 - 1e-9),
    );
    if (!flip) throw new Error('expected a weight that can change the winner');
    const criterion = kb.criterionById.get(flip.criterion)?.name.en;
    const list = within(panel()).getByRole('region', { name: 'What would change the winner' });
    expect(list).toHaveTextContent(
      `${criterion} (weight ${flip.weight}): ${ranking.ranking[0]?.name} stays first from ${weightText(flip.holdsFrom)} to ${weightText(flip.holdsTo)}; outside that, ${name(flip.flipsTo ?? '')}.`,
    );
  });

  it('lists near misses: what one must-have keeps out, and where it would rank', () => {
    const strict = { ...profile, mustHave: ['networkPolicy'] as Profile['mustHave'] };
    renderWithKnowledge(<ResultsView category="networking" />, strict);
    const ranking = engine(strict);
    const miss = nearMisses(kb, { version: 1, ...strict }, ranking).find((m) =>
      m.blockedBy.includes('mustHave:networkPolicy'),
    );
    if (!miss) throw new Error('expected a near miss');
    const region = within(panel()).getByRole('region', { name: 'Near misses' });
    expect(
      within(region).getByRole('link', {
        name: `Drop must-have “Network policy / ACL” → ${name(miss.id)} would be #${miss.wouldRank}`,
      }),
    ).toHaveAttribute('href', `#/options/${miss.id}`);
  });

  it('shows a tie as a tie: same score, marked, ordered by id', async () => {
    const tied = { environment: privateL2, weights: w({ crossHost: 5 }), mustHave: [] };
    renderWithKnowledge(<ResultsView category="networking" />, tied);
    const ranking = engine(tied);
    const top = ranking.ranking.filter((o) => sameScore(o.score, ranking.ranking[0]?.score ?? NaN));
    expect(top.length).toBeGreaterThan(1);
    expect(top.map((o) => o.id)).toEqual([...top.map((o) => o.id)].sort());
    expect(rankedNames().slice(0, top.length)).toEqual(top.map((o) => o.name));
    expect(within(panel()).getByText(/are tied: exactly the same score/)).toHaveTextContent(
      top.map((o) => o.name).join(', '),
    );
    const firstRow = screen.getByRole('link', { name: top[0]?.name ?? '?' }).closest('li');
    expect(within(firstRow as HTMLElement).getByText('tie')).toBeInTheDocument();
    await within(panel()).findByText(/of plausible cases/);
  });
});

describe('lifecycle on the results page', () => {
  it('keeps archived projects out by default, with the reason, and brings them back on request', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: {},
      weights: w({ throughput: 5 }),
      includeUnmaintained: false,
    });
    expect(rankedNames()).not.toContain(name('weave-sleeve'));
    const group = screen.getByRole('region', { name: 'Project archived, retired or removed' });
    expect(
      within(group)
        .getByRole('link', { name: name('weave-sleeve') })
        .closest('li'),
    ).toHaveTextContent(/project archived/);
    const toggle = screen.getByRole('checkbox', { name: 'Include archived, retired and removed projects' });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(useAppStore.getState().includeUnmaintained).toBe(true);
    expect(rankedNames()).toContain(name('weave-sleeve'));
  });

  it('marks an inactive project on its row', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: privateL2,
      weights: w({ legacyInterop: 5 }),
    });
    const contiv = screen.getByRole('link', { name: name('contiv') }).closest('li');
    expect(within(contiv as HTMLElement).getByText('inactive')).toBeInTheDocument();
  });
});

describe('values conditioned on the environment', () => {
  it('says next to calico BGP how it is feasible without BGP, and does not credit legacy interop', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: privateL2,
      weights: w({ legacyInterop: 5, throughput: 3 }),
    });
    const row = screen.getByRole('link', { name: name('calico-bgp') }).closest('li') as HTMLElement;
    const via = kb.optionById.get('calico-bgp')?.requires.flatMap((r) => r.feasibleVia ?? [])[0];
    expect(via?.note.en).toMatch(/L2/);
    expect(within(row).getByText(via?.note.en ?? '?')).toBeInTheDocument();
    const ranked = engine({
      environment: privateL2,
      weights: w({ legacyInterop: 5, throughput: 3 }),
      mustHave: [],
    });
    const calico = ranked.ranking.find((o) => o.id === 'calico-bgp');
    const column = ranked.criteria.findIndex((c) => c.criterion === 'legacyInterop');
    expect(calico?.levels[column]).toBeLessThan(4);
  });

  it('does not claim that no weights are set when must-haves count', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: {},
      weights: {},
      mustHave: ['networkPolicy'] as Profile['mustHave'],
    });
    expect(screen.getByText(/each must-have counts 3/)).toBeInTheDocument();
  });
});
