import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Environment } from '../../../src/domain/schemas';
import { rank } from '../../../src/domain/scoring';
import { describeReason } from '../../../src/words';
import OptionView from '../../../src/features/option/option-view';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const option = (id: string) => {
  const found = kb.optionById.get(id);
  if (!found) throw new Error(`${id} is not in the knowledge base`);
  return found;
};
const valuesTable = () => screen.getByRole('table', { name: /Level, note and source for every criterion/ });
const rowsWith = (text: string) =>
  within(valuesTable())
    .getAllByRole('row')
    .filter((row) => row.textContent?.includes(text));

/** Criteria of flannel-vxlan whose value changes with UDP offload, from the data. */
const offloadCriteria = Object.entries(option('flannel-vxlan').values).filter(([, v]) =>
  v.when?.some((w) => w.if.udpOffload === true),
);

describe('Option detail', () => {
  it('waits for the full knowledge base', () => {
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, {}, false);
    expect(screen.getByText('Loading the knowledge base…')).toHaveAttribute('aria-busy', 'true');
  });

  it('names the option with its status and category', () => {
    renderWithKnowledge(<OptionView id="weave-sleeve" />);
    const weave = option('weave-sleeve');
    expect(screen.getByRole('heading', { level: 1, name: weave.name })).toBeInTheDocument();
    expect(screen.getAllByText('archived').length).toBeGreaterThan(0);
    expect(screen.getByText(/^Category: Networking/)).toBeInTheDocument();
    expect(screen.getByText(weave.status.note.en)).toBeInTheDocument();
  });

  it('shows the UDP-offload values of flannel-vxlan and marks them when offload is on', () => {
    expect(offloadCriteria.length).toBeGreaterThan(0);
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, { environment: { udpOffload: true } });
    const conditional = rowsWith('with VXLAN/UDP offload on NICs: yes');
    expect(conditional).toHaveLength(offloadCriteria.length);
    for (const row of conditional) {
      expect(row).toHaveTextContent('applies to your environment');
      expect(row).toHaveClass('option-applies');
    }
    for (const row of rowsWith('base value'))
      expect(row).not.toHaveTextContent('applies to your environment');
    const [, throughput] = offloadCriteria.find(([id]) => id === 'throughput') ?? [];
    const offloaded = throughput?.when?.find((w) => w.if.udpOffload === true);
    expect(conditional.some((row) => row.textContent?.includes(offloaded?.note.en ?? '?'))).toBe(true);
  });

  it('applies the base value when offload is off, and calls it an assumption when unknown', () => {
    const { unmount } = renderWithKnowledge(<OptionView id="flannel-vxlan" />, {
      environment: { udpOffload: false, l2: false, orchestrator: 'none' },
    });
    for (const row of rowsWith('with VXLAN/UDP offload on NICs: yes')) {
      expect(row).not.toHaveTextContent('applies to your environment');
      expect(row).not.toHaveClass('option-applies');
    }
    expect(
      rowsWith('base value').every((row) => row.textContent?.includes('applies to your environment')),
    ).toBe(true);
    unmount();
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, { environment: {} });
    // Every value with a condition is open when nothing is known (offload, L2, orchestrator).
    const conditionalCount = Object.values(option('flannel-vxlan').values).filter((v) => v.when).length;
    expect(rowsWith('assumed: your environment leaves this open')).toHaveLength(conditionalCount);
  });

  it.each<[Environment, string]>([
    [{ bgp: false, l2: false }, 'not met'],
    [{ bgp: true }, 'met'],
    [{}, 'unknown — answer the questionnaire to check'],
  ])('shows the BGP/L2 requirement of calico-bgp in %j as %s', (environment, status) => {
    const requirement = option('calico-bgp').requires.find((r) => r.anyOf.some((m) => m.bgp !== undefined));
    renderWithKnowledge(<OptionView id="calico-bgp" />, { environment });
    const item = screen.getByText(requirement?.reason.en ?? '?').closest('li');
    if (!item) throw new Error('requirement not shown');
    expect(item).toHaveTextContent('Holds when: BGP peering available: yes or L2 access you control: yes');
    expect(within(item).getByText(status, { selector: 'strong' })).toBeInTheDocument();
  });

  it('says where it ranks, or why it is excluded', () => {
    const environment: Environment = { bgp: false, l2: false };
    const ranking = rank(
      kb,
      { version: 1, environment, weights: {}, mustHave: [] },
      {
        category: 'networking',
        method: 'weighted',
      },
    );
    const position = ranking.ranking.findIndex((r) => r.id === 'flannel-vxlan') + 1;
    const { unmount } = renderWithKnowledge(<OptionView id="flannel-vxlan" />, { environment });
    const region = screen.getByRole('region', { name: 'Where it ranks for your profile' });
    expect(region).toHaveTextContent(
      new RegExp(`${position}(st|nd|rd|th) of ${ranking.ranking.length} feasible`),
    );
    expect(within(region).getByRole('link', { name: /full results/ })).toHaveAttribute(
      'href',
      '#/results/networking',
    );
    unmount();

    renderWithKnowledge(<OptionView id="calico-bgp" />, { environment });
    const excluded = ranking.excluded.find((e) => e.id === 'calico-bgp');
    expect(excluded).toBeDefined();
    for (const reason of excluded?.reasons ?? []) {
      expect(screen.getByText(describeReason(kb, reason, 'en'))).toBeInTheDocument();
    }
  });

  it('lists the case studies whose stack uses it', () => {
    const used = kb.options.find((o) =>
      kb.caseStudies.some((c) => c.stack.some((l) => l.options.some((id) => id === o.id))),
    );
    if (!used) throw new Error('no option is used by a case study');
    const studies = kb.caseStudies.filter((c) => c.stack.some((l) => l.options.some((id) => id === used.id)));
    renderWithKnowledge(<OptionView id={used.id} />);
    const region = screen.getByRole('region', { name: 'Case studies that use it' });
    expect(within(region).getAllByRole('link')).toHaveLength(studies.length);
    for (const study of studies) {
      expect(
        within(region).getByRole('link', { name: new RegExp(study.company.en.replace(/[()]/g, '\\$&')) }),
      ).toHaveAttribute('href', `#/cases/${study.id}`);
    }
  });

  it('lists the benchmark results measured on it, linked to the benchmarks view', () => {
    const results = kb.benchmarks.flatMap((b) =>
      b.series.flatMap((s) =>
        s.results.filter((r) => r.option === 'flannel-vxlan').map((r) => ({ b, s, r })),
      ),
    );
    renderWithKnowledge(<OptionView id="flannel-vxlan" />);
    const table = screen.getByRole('table', { name: 'Published measurements of this option' });
    expect(within(table).getAllByRole('row')).toHaveLength(results.length + 1);
    const withValue = results.find(({ r }) => r.value !== undefined);
    expect(table).toHaveTextContent(`${withValue?.r.value} ${withValue?.s.unit}`);
    for (const link of within(table).getAllByRole('link'))
      expect(link).toHaveAttribute('href', '#/benchmarks');
  });

  it('adds to and removes from the comparison', async () => {
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, { compared: ['calico-bgp'] });
    await userEvent.click(screen.getByRole('button', { name: 'Add to comparison' }));
    expect(useAppStore.getState().compared).toEqual(['calico-bgp', 'flannel-vxlan']);
    expect(screen.getByRole('link', { name: 'Open the comparison (2)' })).toHaveAttribute(
      'href',
      '#/compare',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove from comparison' }));
    expect(useAppStore.getState().compared).toEqual(['calico-bgp']);
  });

  it('explains why it cannot be added when four options are compared', () => {
    const four = ['calico-bgp', 'calico-ipip', 'macvlan', 'cilium'];
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, { compared: four });
    const button = screen.getByRole('button', { name: 'Add to comparison' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(/already compare 4 options/);
    expect(useAppStore.getState().compared).toEqual(four);
  });

  it('says so for an unknown id and points to the list of options', () => {
    renderWithKnowledge(<OptionView id="no-such-cni" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'No option with id “no-such-cni”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'About the data' })).toHaveAttribute('href', '#/about');
  });

  it('speaks Chinese', () => {
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, {
      language: 'zh',
      environment: { udpOffload: true },
    });
    expect(screen.getByRole('button', { name: '加入对比' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '环境要求' })).toBeInTheDocument();
    expect(screen.getByText(option('flannel-vxlan').summary.zh)).toBeInTheDocument();
    expect(screen.getAllByText('当 网卡 VXLAN/UDP 卸载: 是 时')).toHaveLength(offloadCriteria.length);
    expect(screen.getAllByText('适用于你的环境')).toHaveLength(offloadCriteria.length);
  });

  it('has no axe violations (contrast is checked in the browser)', async () => {
    const { container } = renderWithKnowledge(<OptionView id="calico-bgp" />, {
      environment: { bgp: false, l2: false },
      compared: ['a', 'b', 'c', 'd'],
    });
    const result = await axe.run(container, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});

describe('Option detail: measured values', () => {
  it('shows the measured figures that stand for the environment, and none where they do not', () => {
    const { unmount } = renderWithKnowledge(<OptionView id="macvlan" />, {
      environment: { cloud: 'private', l2: true },
    });
    const header = within(valuesTable()).getByRole('rowheader', { name: /^Throughput/ });
    expect(header).toHaveTextContent(/measured \d\.\d\d× the baseline \((median of \d sources|one source)/);
    unmount();
    // The figures were taken on bare metal and in private DCs: a public cloud does not get them.
    renderWithKnowledge(<OptionView id="macvlan" />, { environment: { cloud: 'public', l2: true } });
    expect(within(valuesTable()).getByRole('rowheader', { name: /^Throughput/ })).not.toHaveTextContent(
      /measured/,
    );
  });
});
