import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import BenchmarksView from '../../../src/features/benchmarks/benchmarks-view';
import { benchmarkMessages } from '../../../src/features/benchmarks/messages';
import { kb } from '../../ui/render-app';
import { overlaid, renderWith, TEAM_MEASUREMENT } from '../../support/overlay-knowledge';

const en = benchmarkMessages.en;
const titleOf = (id: string) => overlaid.benchmarks.find((b) => b.id === id)?.title.en ?? id;
const section = (id: string) => screen.getByRole('region', { name: titleOf(id) });
const isMark = (_: string, element: Element | null) => element?.classList.contains('badge-overlay') ?? false;

describe('BenchmarksView with a team overlay', () => {
  it('marks the benchmark from the overlay as the team’s own, and no published one', () => {
    renderWith(<BenchmarksView />);
    const team = section('acme-dc-iperf-2026-10');
    expect(within(team).getByText(en.teamAdded)).toBeInTheDocument();
    expect(within(team).getByText(TEAM_MEASUREMENT)).toBeInTheDocument();
    expect(screen.getAllByText(en.teamAdded)).toHaveLength(1);
    expect(screen.getAllByText(isMark)).toHaveLength(1);
    expect(within(section('infrabuilder-cni-2024')).queryByText(en.teamAdded)).not.toBeInTheDocument();
  });

  it('marks nothing without an overlay', () => {
    renderWith(<BenchmarksView />, {}, kb);
    expect(section('infrabuilder-cni-2024')).toBeInTheDocument();
    expect(screen.queryByText(en.teamAdded)).not.toBeInTheDocument();
    expect(screen.queryAllByText(isMark)).toHaveLength(0);
  });
});
