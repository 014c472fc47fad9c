import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/domain/schemas';
import { whatIf } from '../../../src/domain/stack';
import ResultsView from '../../../src/features/results/results-view';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const publicCloud: Profile = {
  version: 1,
  environment: {
    orchestrator: 'kubernetes',
    cloud: 'public',
    bgp: false,
    l2: false,
    udpOffload: false,
    sriov: false,
    kernel: '4.19',
  },
  weights: { throughput: 5, networkPolicy: 3, simplicity: 2 } as Profile['weights'],
  mustHave: ['crossHost'] as Profile['mustHave'],
};
const name = (id: string) => kb.optionById.get(id)?.name ?? id;
const section = () => screen.getByRole('region', { name: 'What a different answer would change' });
const entry = (start: string) =>
  within(section())
    .getAllByRole('listitem')
    .find((li) => li.textContent?.startsWith(start));

describe('WhatIfSection in the results view', () => {
  it('says, in the questionnaire’s words, who would come first and what opens up', () => {
    renderWithKnowledge(<ResultsView category="networking" />, publicCloud);
    const engine = whatIf(kb, publicCloud, 'weighted', ['networking']);
    expect(within(section()).getAllByRole('listitem')).toHaveLength(engine.length);

    const bgp = engine.find((w) => w.change['environment.bgp'] === true);
    if (!bgp?.winner) throw new Error('BGP changes nothing');
    const bgpEntry = entry('If “BGP peering available” were yes (today: no):');
    expect(bgpEntry).toHaveTextContent(
      `${name(bgp.winner)} would come first (+${bgp.scoreDelta.toFixed(2)}).`,
    );
    for (const id of bgp.newlyFeasible)
      expect(within(bgpEntry as HTMLElement).getByRole('link', { name: name(id) })).toHaveAttribute(
        'href',
        `#/options/${id}`,
      );

    const kernelEntry = entry('If “Host kernel” were 5.4 (today: 4.19):');
    expect(kernelEntry).toHaveTextContent(`${name('calico-ipip')} would stay first (±0.00).`);
    expect(kernelEntry).toHaveTextContent(`Newly possible: ${name('cilium')}.`);
    // Kernels at or below today's are not offered as upgrades.
    expect(entry('If “Host kernel” were 3.16')).toBeUndefined();
  });

  it('calls an unknown fact unknown and follows the answers live', () => {
    const { environment } = publicCloud;
    const unknownBgp = { ...environment, bgp: undefined };
    delete unknownBgp.bgp;
    renderWithKnowledge(<ResultsView category="networking" />, {
      ...publicCloud,
      environment: unknownBgp,
    });
    expect(entry('If “BGP peering available” were yes (today: unknown):')).toBeDefined();
    act(() => useAppStore.getState().setEnvironment('bgp', true));
    expect(entry('If “BGP peering available”')).toBeUndefined();
  });

  it('says so when no answer would change the ranking', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: {
        orchestrator: 'kubernetes',
        bgp: true,
        l2: true,
        udpOffload: true,
        sriov: true,
        openstack: true,
        saas: true,
        kernel: '6.1',
      },
    });
    expect(
      within(section()).getByText(
        'No unknown or missing fact, and no kernel upgrade, would change this ranking.',
      ),
    ).toBeInTheDocument();
  });

  it('speaks the chosen language', () => {
    renderWithKnowledge(<ResultsView category="networking" />, { ...publicCloud, language: 'zh' });
    const zh = screen.getByRole('region', { name: '换一个回答会改变什么' });
    expect(within(zh).getAllByRole('listitem')[0]).toHaveTextContent(/^若“可用 BGP”为是（当前：否）：/);
  });
});
