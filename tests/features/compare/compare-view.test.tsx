import axe from 'axe-core';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CriterionId, Environment, Profile } from '../../../src/domain/schemas';
import { rank, resolveValue } from '../../../src/domain/scoring';
import { describeReason } from '../../../src/words';
import CompareView from '../../../src/features/compare/compare-view';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';
import { fakeScreen } from '../results/narrow-screen';

const ids = ['flannel-vxlan', 'calico-ipip', 'macvlan'];
const environment: Environment = { l2: false, udpOffload: true };
const optionOf = (id: string) => {
  const option = kb.optionById.get(id);
  if (!option) throw new Error(`${id} is not in the knowledge base`);
  return option;
};
const networking = kb.criteriaByCategory.get('networking') ?? [];
const criterionName = (id: string) => kb.criterionById.get(id)?.name.en ?? id;
const throughput = 'throughput' as CriterionId;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const renderCompared = (compared = ids) => renderWithKnowledge(<CompareView />, { compared, environment });
const matrix = () => screen.getByRole('table');
/** The option cells of a criterion's row, in column order (after the weight cell, if shown). */
const rowCells = (criterionId: string) => {
  const header = within(matrix()).getByRole('rowheader', {
    name: new RegExp(`^${escape(criterionName(criterionId))}`),
  });
  const row = header.closest('tr');
  if (!row) throw new Error('row header outside a row');
  return within(row)
    .getAllByRole('cell')
    .filter((cell) => !cell.classList.contains('compare-weight'));
};

describe('CompareView', () => {
  it('shows a loading paragraph until the full knowledge is there', () => {
    renderWithKnowledge(<CompareView />, { compared: ids }, false);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(document.querySelector('[aria-busy="true"]')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('explains what to do with fewer than two options', () => {
    renderWithKnowledge(<CompareView />, { compared: ['macvlan'] });
    expect(screen.getByText(/at least two options/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the ranking' })).toHaveAttribute(
      'href',
      '#/results/networking',
    );
  });

  it('has a column per option and a row per networking criterion', () => {
    renderCompared();
    const columns = within(matrix())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns.slice(2)).toEqual(ids.map((id) => optionOf(id).name));
    const rows = [...matrix().querySelectorAll('th[scope="row"]')].map((th) => th.textContent ?? '');
    // The overall score row, then one row per criterion of the category.
    expect(rows).toHaveLength(networking.length + 1);
    for (const criterion of networking) {
      expect(rows.filter((text) => text.startsWith(criterion.name.en))).toHaveLength(1);
    }
  });

  it('marks the best throughput as resolved for the environment', () => {
    renderCompared();
    const levels = ids.map((id) => {
      const value = optionOf(id).values[throughput];
      if (!value) throw new Error(`${id} has no throughput`);
      return resolveValue(value, environment).level;
    });
    const top = Math.max(...levels);
    const expected = ids.filter((_, i) => levels[i] === top);
    expect(new Set(levels).size).toBeGreaterThan(1);
    const marked = rowCells('throughput')
      .map((cell, i) => (within(cell).queryByText('best') ? ids[i] : undefined))
      .filter(Boolean);
    expect(marked).toEqual(expected);
    const header = within(matrix()).getByRole('rowheader', {
      name: new RegExp(`^${criterionName('throughput')}`),
    });
    expect(header).toHaveTextContent('differs');
    expect(header.closest('tr')).toHaveClass('compare-differs');
  });

  it('names the UDP offload condition in flannel-vxlan’s throughput cell', () => {
    renderCompared();
    const offload = kb.environment.questions.find((q) => q.key === 'udpOffload')?.label.en ?? '';
    const [flannel] = rowCells('throughput');
    expect(flannel).toHaveTextContent(`Applies with ${offload}: yes`);
    const value = optionOf('flannel-vxlan').values[throughput];
    const applied = value ? resolveValue(value, environment) : undefined;
    expect(flannel).toHaveTextContent(applied?.note?.en ?? 'missing note');
  });

  it('shows macvlan’s L2 requirement as not met, and scores or excludes each option as the engine does', () => {
    renderCompared();
    const macvlan = optionOf('macvlan');
    const l2 = macvlan.requires.find((r) => r.anyOf.some((m) => m.l2 === true));
    const section = screen.getByRole('region', { name: macvlan.name });
    const item = within(section)
      .getByText(l2?.reason.en ?? 'missing')
      .closest('li');
    expect(item).toHaveTextContent('not met');
    expect(within(item as HTMLElement).getByText(/not met/)).toHaveClass('unmet');

    const ranking = rank(
      kb,
      { version: 1, environment, weights: {}, mustHave: [] },
      { category: 'networking', method: 'weighted' },
    );
    const scoreCells = within(
      within(matrix()).getByRole('rowheader', { name: 'Overall score' }).closest('tr') as HTMLElement,
    )
      .getAllByRole('cell')
      .slice(1);
    ids.forEach((id, i) => {
      const excluded = ranking.excluded.find((e) => e.id === id);
      const ranked = ranking.ranking.find((r) => r.id === id);
      if (excluded) {
        expect(scoreCells[i]).toHaveTextContent('excluded');
        expect(scoreCells[i]).toHaveTextContent(describeReason(kb, excluded.reasons[0] ?? l2Reason(), 'en'));
      } else {
        expect(scoreCells[i]).toHaveTextContent(ranked?.score.toFixed(2) ?? 'missing');
      }
    });
  });

  it('removes an option with its button', async () => {
    renderCompared();
    await userEvent.click(screen.getByRole('button', { name: `Remove ${optionOf('calico-ipip').name}` }));
    expect(useAppStore.getState().compared).toEqual(['flannel-vxlan', 'macvlan']);
    expect(
      within(matrix()).queryByRole('columnheader', { name: optionOf('calico-ipip').name }),
    ).not.toBeInTheDocument();
  });

  it('adds an option with the picker, offering only the first option’s category', async () => {
    renderWithKnowledge(<CompareView />, { compared: ['flannel-vxlan'], environment });
    const select = screen.getByRole('combobox', { name: 'Option to add' });
    const groups = select.querySelectorAll('optgroup');
    expect([...groups].map((g) => g.label)).toEqual([
      kb.categories.find((c) => c.id === 'networking')?.name.en,
    ]);
    expect(
      within(select).queryByRole('option', { name: optionOf('flannel-vxlan').name }),
    ).not.toBeInTheDocument();
    await userEvent.selectOptions(select, 'macvlan');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(useAppStore.getState().compared).toEqual(['flannel-vxlan', 'macvlan']);
    expect(
      within(matrix()).getByRole('columnheader', { name: optionOf('macvlan').name }),
    ).toBeInTheDocument();
  });

  it('groups every category’s options when nothing is chosen', () => {
    renderWithKnowledge(<CompareView />);
    const select = screen.getByRole('combobox', { name: 'Option to add' });
    const withOptions = kb.categories.filter((c) => (kb.optionsByCategory.get(c.id) ?? []).length > 0);
    expect([...select.querySelectorAll('optgroup')].map((g) => g.label)).toEqual(
      withOptions.map((c) => c.name.en),
    );
    expect(within(select).getAllByRole('option')).toHaveLength(kb.options.length);
  });

  it('allows at most four options', () => {
    renderCompared(['flannel-vxlan', 'calico-ipip', 'macvlan', 'ipvlan']);
    expect(screen.getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(screen.getByText(/at most 4 options/)).toBeInTheDocument();
  });

  it('offers to keep only the first category when the stored selection mixes categories', async () => {
    renderCompared(['flannel-vxlan', 'kubernetes', 'calico-ipip']);
    expect(
      screen.getByText(new RegExp(`left out: ${escape(optionOf('kubernetes').name)}`)),
    ).toBeInTheDocument();
    expect(within(matrix()).getAllByRole('columnheader')).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: 'Keep only the Networking options' }));
    expect(useAppStore.getState().compared).toEqual(['flannel-vxlan', 'calico-ipip']);
    expect(screen.queryByText(/left out/)).not.toBeInTheDocument();
  });

  it('puts weighted criteria first and shows the weight', () => {
    renderWithKnowledge(<CompareView />, {
      compared: ids,
      environment,
      weights: { ['latency' as CriterionId]: 5, ['dns' as CriterionId]: 2 } satisfies Profile['weights'],
    });
    const headers = within(matrix())
      .getAllByRole('rowheader')
      .map((th) => th.textContent ?? '');
    expect(headers[1]).toMatch(new RegExp(`^${criterionName('latency')}`));
    expect(headers[2]).toMatch(new RegExp(`^${criterionName('dns')}`));
    const latencyRow = within(matrix()).getAllByRole('rowheader')[1]?.closest('tr') as HTMLElement;
    expect(within(latencyRow).getAllByRole('cell')[0]).toHaveTextContent('5');
  });

  it('shows dependencies and the maintenance status of each option', () => {
    renderCompared();
    const flannel = optionOf('flannel-vxlan');
    const section = screen.getByRole('region', { name: flannel.name });
    for (const dependency of flannel.dependencies) {
      expect(
        within(section).getByText(new RegExp(escape(dependency.text.en.slice(0, 30)))),
      ).toBeInTheDocument();
    }
    expect(within(section).getByText(flannel.status.note.en, { exact: false })).toBeInTheDocument();
  });
});

function l2Reason(): never {
  throw new Error('an excluded option without a reason');
}

describe('CompareView accessibility', () => {
  it('has no axe violations with three options compared', async () => {
    const { container } = renderCompared();
    // jsdom cannot compute colours; contrast is checked in the browser.
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

describe('CompareView and measured values', () => {
  it('shows the value the ranking scores with, and the measurement behind it', () => {
    const privateL2: Environment = { cloud: 'private', l2: true, bgp: false };
    renderWithKnowledge(<CompareView />, { compared: ['macvlan', 'calico-bgp'], environment: privateL2 });
    const ranked = rank(
      kb,
      { version: 1, environment: privateL2, weights: { throughput: 1 } as Profile['weights'], mustHave: [] },
      { category: 'networking', method: 'weighted' },
    );
    const calico = ranked.ranking.find((o) => o.id === 'calico-bgp');
    const cell = calico?.cells[0];
    expect(cell?.measured).toBeDefined();
    const [, calicoCell] = rowCells('throughput');
    expect(calicoCell).toHaveTextContent(`${cell?.value.toFixed(2)}/4`);
    expect(calicoCell).toHaveTextContent(/measured \d\.\d\d× the baseline/);
  });
});

describe('CompareView on a phone', () => {
  const compactToggle = () =>
    screen.getByRole('checkbox', { name: 'Levels only (notes and sources on demand)' });
  const throughputNote = (id: string) => {
    const value = optionOf(id).values[throughput];
    const note = value ? resolveValue(value, environment).note?.en : undefined;
    if (!note) throw new Error(`${id} has no throughput note`);
    return within(rowCells('throughput')[ids.indexOf(id)] as HTMLElement).getByText(note);
  };
  const weighted = { throughput: 5 } as Profile['weights'];
  // The chart module loads lazily, after the matrix.
  const chart = () => screen.findByRole('img', { name: /chart of levels/ }, { timeout: 10000 });

  it('shows levels only when compact is chosen, each cell’s notes a tap away, the weight under the criterion', async () => {
    renderWithKnowledge(<CompareView />, { compared: ids, environment, weights: weighted });
    expect(compactToggle()).not.toBeChecked();
    expect(throughputNote('flannel-vxlan')).toBeVisible();
    expect(within(matrix()).getByRole('columnheader', { name: 'Your weight' })).toBeInTheDocument();

    await userEvent.click(compactToggle());
    const columns = within(matrix())
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(columns).toEqual(['Criterion', ...ids.map((id) => optionOf(id).name)]);
    const header = within(matrix()).getByRole('rowheader', { name: /^Throughput/ });
    expect(header).toHaveTextContent('weight 5');
    const [flannel] = within(header.closest('tr') as HTMLElement).getAllByRole('cell');
    expect(flannel).toHaveTextContent(/\d\/4/);
    expect(throughputNote('flannel-vxlan')).not.toBeVisible();

    await userEvent.click(within(flannel as HTMLElement).getByText('Notes'));
    expect(throughputNote('flannel-vxlan')).toBeVisible();
    expect(throughputNote('calico-ipip')).not.toBeVisible();
  });

  it('is compact by default on a phone, and stays as the user sets it when the screen turns', async () => {
    const phone = fakeScreen(true);
    renderCompared();
    expect(compactToggle()).toBeChecked();
    expect(throughputNote('flannel-vxlan')).not.toBeVisible();
    await userEvent.click(compactToggle());
    phone.resize(false);
    phone.resize(true);
    expect(compactToggle()).not.toBeChecked();
    expect(throughputNote('flannel-vxlan')).toBeVisible();
  });

  it('keeps an exclusion’s reasons behind “Why” in compact mode', async () => {
    fakeScreen(true);
    renderCompared();
    const macvlan = optionOf('macvlan');
    const scoreRow = within(matrix()).getByRole('rowheader', { name: 'Overall score' }).closest('tr');
    const cell = within(scoreRow as HTMLElement).getAllByRole('cell')[ids.indexOf('macvlan')] as HTMLElement;
    expect(cell).toHaveTextContent('excluded');
    const reason = within(cell).getByRole('listitem');
    expect(reason).not.toBeVisible();
    await userEvent.click(within(cell).getByText('Why'));
    expect(reason).toBeVisible();
    expect(within(cell).getByText(`: ${macvlan.name}`)).toHaveClass('sr-only');
  });

  it('shows bars first when a radar would have too many axes, and the radar on request', async () => {
    renderCompared();
    expect(screen.getByRole('radio', { name: 'Bars' })).toBeChecked();
    expect(await chart()).toHaveAccessibleName(/^Bar chart of levels 0–4 for Flannel/);
    await userEvent.click(screen.getByRole('radio', { name: 'Radar' }));
    expect(await chart()).toHaveAccessibleName(/^Radar chart of levels 0–4/);
  });

  it('shows the radar first for a few weighted criteria', async () => {
    const three = { throughput: 5, latency: 3, dns: 1 } as Profile['weights'];
    renderWithKnowledge(<CompareView />, { compared: ids, environment, weights: three });
    expect(screen.getByRole('radio', { name: 'Radar' })).toBeChecked();
    expect(await chart()).toHaveAccessibleName(/^Radar chart of levels 0–4 .* on 3 criteria/);
  });

  it('has no axe violations in compact mode with a cell’s notes open', async () => {
    fakeScreen(true);
    const { container } = renderCompared();
    await userEvent.click(within(rowCells('throughput')[0] as HTMLElement).getByText('Notes'));
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
