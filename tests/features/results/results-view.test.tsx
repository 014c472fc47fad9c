import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { CriterionId, Environment, Profile } from '../../../src/domain/schemas';
import { rank, type Method } from '../../../src/domain/scoring';
import ResultsView from '../../../src/features/results/results-view';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const noBgpNoL2: Environment = { bgp: false, l2: false };
/** Criterion ids are branded; the tests name them as plain strings. */
const w = (weights: Record<string, number>) => weights as Profile['weights'];
const name = (id: string) => kb.optionById.get(id)?.name ?? id;
const rankedNames = () =>
  within(screen.getByRole('region', { name: 'Ranking' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);
const isAbove = (a: string, b: string) => {
  const names = rankedNames();
  expect(names).toContain(name(a));
  expect(names).toContain(name(b));
  return names.indexOf(name(a)) < names.indexOf(name(b));
};
const engine = (weights: Profile['weights'], method: Method = 'weighted') =>
  rank(kb, { version: 1, environment: noBgpNoL2, weights, mustHave: [] }, { category: 'networking', method });
const percent = (score: number) => `${Math.round(score * 100)}%`;

describe('ResultsView', () => {
  it('ranks networking for the profile and explains what it excluded', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: noBgpNoL2,
      weights: w({ throughput: 5 }),
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results: Networking');
    expect(isAbove('calico-ipip', 'flannel-udp')).toBe(true);
    expect(rankedNames()).not.toContain(name('macvlan'));
    expect(rankedNames()).not.toContain(name('weave-sleeve'));
    const excluded = screen.getByRole('region', { name: 'Excluded options' });
    expect(
      within(excluded)
        .getByRole('link', { name: name('weave-sleeve') })
        .closest('li'),
    ).toHaveTextContent(/project archived/);
    const macvlan = within(excluded)
      .getByRole('link', { name: name('macvlan') })
      .closest('li');
    expect(macvlan).toHaveTextContent('L2 access you control: no, needs yes');
    expect(macvlan).not.toHaveTextContent('.txt]');
    const assumptions = screen.getByRole('region', { name: 'Assumptions' });
    expect(within(assumptions).getByText(/environment\.udpOffload unknown/)).toBeInTheDocument();
    expect(screen.queryByText(/No weights are set/)).not.toBeInTheDocument();
  });

  it('re-orders the list while a weight changes', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: noBgpNoL2,
      weights: w({ throughput: 5 }),
    });
    expect(isAbove('docker-host', 'docker-bridge')).toBe(true);
    act(() => useAppStore.getState().setWeight('simplicity' as CriterionId, 5));
    expect(isAbove('docker-bridge', 'docker-host')).toBe(true);
    expect(rankedNames()).toEqual(engine(w({ throughput: 5, simplicity: 5 })).ranking.map((o) => o.name));
  });

  it('expands an option into its contributions and sourced evidence, only on demand', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: noBgpNoL2,
      weights: w({ throughput: 5, simplicity: 2 }),
    });
    expect(screen.queryByRole('table', { name: /^Evidence for/ })).not.toBeInTheDocument();
    const toggle = screen.getByRole('button', { name: `Details ${name('calico-ipip')}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(details).toBeVisible();

    const table = screen.getByRole('table', { name: `Evidence for ${name('calico-ipip')}` });
    const row = within(table).getByRole('row', { name: /Throughput/ });
    const value = kb.optionById.get('calico-ipip')?.values['throughput' as CriterionId];
    const source = kb.sourceById.get(value?.source.source ?? '');
    expect(source).toBeDefined();
    expect(within(row).getByText(value?.note?.en ?? '')).toBeInTheDocument();
    expect(row.querySelector('cite')).toHaveTextContent(source?.title ?? '');
    expect(row.querySelector('cite')).toHaveTextContent(value?.source.section ?? '');
    const option = engine(w({ throughput: 5, simplicity: 2 })).ranking.find((o) => o.id === 'calico-ipip');
    const figure = screen.getByRole('figure');
    expect(figure).toHaveTextContent(`What makes up the score of ${option?.score.toFixed(3)}`);
    expect(within(figure).getByText(/^Simplicity/)).toBeInTheDocument();
    expect(screen.getAllByRole('table', { name: /^Evidence for/ })).toHaveLength(1);
  });

  it.each<[string, Environment, RegExp]>([
    ['a condition holds', { udpOffload: true }, /applies because VXLAN\/UDP offload on NICs: yes/],
    ['its key is unknown', {}, /open because “[^”]*VXLAN\/UDP offload on NICs[^”]*” is unknown/],
  ])('says why an environment-dependent value applies when %s', async (_, environment, text) => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment,
      weights: w({ throughput: 5 }),
    });
    await userEvent.click(screen.getByRole('button', { name: `Details ${name('flannel-vxlan')}` }));
    const row = screen.getByRole('row', { name: /Throughput/ });
    expect(within(row).getByText(text)).toBeInTheDocument();
  });

  it('switches to TOPSIS: the store and the scores follow', async () => {
    const weights = w({ throughput: 5, simplicity: 5 });
    renderWithKnowledge(<ResultsView category="networking" />, { environment: noBgpNoL2, weights });
    const weighted = engine(weights).ranking.find((o) => o.id === 'docker-bridge');
    const topsis = engine(weights, 'topsis').ranking.find((o) => o.id === 'docker-bridge');
    expect(weighted?.score).not.toBe(topsis?.score);
    const bar = () =>
      screen.getByRole('img', { name: (n) => n.startsWith(`Score of ${name('docker-bridge')}:`) });
    expect(bar()).toHaveAccessibleName(`Score of ${name('docker-bridge')}: ${percent(weighted?.score ?? 0)}`);

    await userEvent.click(screen.getByRole('radio', { name: 'TOPSIS' }));
    expect(useAppStore.getState().method).toBe('topsis');
    expect(screen.getByRole('radio', { name: 'TOPSIS' })).toBeChecked();
    expect(bar()).toHaveAccessibleName(`Score of ${name('docker-bridge')}: ${percent(topsis?.score ?? 0)}`);
  });

  it('lets at most four options be picked for comparison', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, { environment: noBgpNoL2 });
    const boxes = screen.getAllByRole('checkbox', { name: /^Compare / });
    for (const box of boxes.slice(0, 4)) await userEvent.click(box);
    const picked = engine(w({}))
      .ranking.slice(0, 4)
      .map((o) => o.id);
    expect(useAppStore.getState().compared).toEqual(picked);
    expect(boxes[4]).toBeDisabled();
    expect(boxes[0]).toBeEnabled();
    expect(screen.getByText(/4 of 4 options chosen/)).toBeInTheDocument();
    await userEvent.click(boxes[0] as HTMLElement);
    expect(boxes[4]).toBeEnabled();
    expect(useAppStore.getState().compared).toEqual(picked.slice(1));
  });

  it('"Compare top 3" fills the comparison with the three best and opens it', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: noBgpNoL2,
      weights: w({ throughput: 5 }),
      compared: ['flannel-udp'],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Compare top 3' }));
    const best = engine(w({ throughput: 5 }))
      .ranking.slice(0, 3)
      .map((o) => o.id);
    expect(useAppStore.getState().compared).toEqual(best);
    expect(window.location.hash).toBe('#/compare');
  });

  it('links every category as its own tab and shows that category', () => {
    renderWithKnowledge(<ResultsView category="orchestration" />);
    const tabs = screen.getByRole('navigation', { name: 'Categories' });
    const links = within(tabs).getAllByRole('link');
    expect(links).toHaveLength(kb.categories.length);
    expect(within(tabs).getByRole('link', { name: 'Networking' })).toHaveAttribute(
      'href',
      '#/results/networking',
    );
    expect(within(tabs).getByRole('link', { name: 'Orchestration' })).toHaveAttribute('aria-current', 'page');
    expect(within(tabs).getByRole('link', { name: 'Networking' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Results: Orchestration');
    expect(rankedNames()).toContain(name('kubernetes'));
  });

  it('hints at the questionnaire when the category has no weights', () => {
    renderWithKnowledge(<ResultsView category="logging" />, { weights: w({ throughput: 5 }) });
    expect(screen.getByText(/No weights are set for this category/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Say what matters in the questionnaire' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(screen.getByText(/no weights set for logging criteria/)).toBeInTheDocument();
  });

  it('waits for the full knowledge before ranking', () => {
    renderWithKnowledge(<ResultsView category="networking" />, {}, false);
    expect(screen.getByText('Loading the evidence…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
  });

  it('speaks Chinese when the language is zh', async () => {
    renderWithKnowledge(<ResultsView category="networking" />, {
      environment: noBgpNoL2,
      weights: w({ throughput: 5 }),
      language: 'zh',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('结果：网络');
    expect(screen.getByRole('group', { name: '评分方法' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '加权求和' })).toBeChecked();
    expect(screen.getByRole('button', { name: '对比前三名' })).toBeInTheDocument();
    const excluded = screen.getByRole('region', { name: '被排除的方案' });
    expect(
      within(excluded)
        .getByRole('link', { name: name('macvlan') })
        .closest('li'),
    ).toHaveTextContent('可控的二层网络: 否, 需要 是');
    await userEvent.click(screen.getByRole('button', { name: '详情 Calico（IP-in-IP 封装）' }));
    expect(screen.getByRole('columnheader', { name: '证据与来源' })).toBeInTheDocument();
  });

  it('has no axe violations with an option expanded', async () => {
    const { container } = renderWithKnowledge(<ResultsView category="networking" />, {
      environment: { l2: false },
      weights: w({ throughput: 5, simplicity: 1 }),
    });
    await userEvent.click(screen.getByRole('button', { name: `Details ${name('flannel-vxlan')}` }));
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
