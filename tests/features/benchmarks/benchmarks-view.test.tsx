import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Benchmark, BenchmarkSeries } from '../../../src/domain/schemas';
import BenchmarksView from '../../../src/features/benchmarks/benchmarks-view';
import { benchmarkMessages } from '../../../src/features/benchmarks/messages';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const en = benchmarkMessages.en;
const number = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n);

const benchmark = (id: string): Benchmark => {
  const found = kb.benchmarks.find((b) => b.id === id);
  if (!found) throw new Error(`no benchmark ${id}`);
  return found;
};
const seriesOf = (b: Benchmark, id: string): BenchmarkSeries => {
  const found = b.series.find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id} in ${b.id}`);
  return found;
};
const section = (b: Benchmark) => screen.getByRole('region', { name: b.title.en });

/** The <dd> of a condition, found through its visible <dt>. */
const condition = (container: HTMLElement, term: string) => {
  const dt = within(container).getByText(term, { selector: 'dt' });
  return dt.nextElementSibling?.textContent;
};

describe('BenchmarksView', () => {
  it('waits for the full knowledge with a loading paragraph', () => {
    renderWithKnowledge(<BenchmarksView />, {}, false);
    expect(screen.getByText(en.loading)).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryAllByRole('heading', { level: 2 })).toHaveLength(0);
  });

  it('gives every benchmark source its own section, titled by the source', () => {
    renderWithKnowledge(<BenchmarksView />);
    expect(screen.getByRole('heading', { level: 1, name: en.title })).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(kb.benchmarks.map((b) => b.title.en));
    expect(screen.getByRole('status')).toHaveTextContent(
      `${kb.benchmarks.length} of ${kb.benchmarks.length} sources`,
    );
  });

  it("shows InfraBuilder 2024's conditions and source next to its figures", () => {
    renderWithKnowledge(<BenchmarksView />);
    const infra = benchmark('infrabuilder-cni-2024');
    const region = section(infra);
    expect(condition(region, en.nic)).toBe(`${infra.conditions.nicGbps} Gbit/s`);
    expect(condition(region, en.mtu)).toBe(String(infra.conditions.mtu));
    expect(condition(region, en.udpOffload)).toBe(en.notStated);
    expect(condition(region, en.date)).toBe(infra.date);
    expect(condition(region, en.versions)).toBe(infra.conditions.versions);
    const cited = kb.sourceById.get(infra.source.source);
    if (!cited) throw new Error('the cited source is not registered');
    // The citation (title, year, section) sits in the same section as the charts.
    const citation = region.querySelector('cite');
    expect(citation).toHaveTextContent(cited.title);
    expect(citation).toHaveTextContent(infra.source.section);
    // One h3 per visible series, named by its metric and unit.
    for (const s of infra.series)
      expect(
        within(region).getByRole('heading', { level: 3, name: `${s.metric.en} (${s.unit})` }),
      ).toBeVisible();
  });

  it('says "no" for a source that measured with UDP offload off', () => {
    renderWithKnowledge(<BenchmarksView />);
    const cmgs = benchmark('cmgs-docker-network-cloud');
    expect(cmgs.conditions.udpOffload).toBe(false);
    expect(condition(section(cmgs), en.udpOffload)).toBe(en.no);
  });

  it('renders an ordinal series as an ordered list in rank order, ties sharing a number', () => {
    renderWithKnowledge(<BenchmarksView />);
    const cmgs = benchmark('cmgs-docker-network-cloud');
    const ordinal = seriesOf(cmgs, 'cpu-load-order');
    const list = within(section(cmgs)).getByRole('list', { name: `${ordinal.metric.en}, best first` });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(ordinal.results.length);
    const ranks = items.map((li) => Number(li.getAttribute('value')));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const li of items) {
      const result = ordinal.results.find((r) => li.textContent?.startsWith(r.label));
      expect(result?.rank, li.textContent ?? '').toBe(Number(li.getAttribute('value')));
      if (result?.option)
        expect(within(li).getByRole('link', { name: result.label })).toHaveAttribute(
          'href',
          `#/options/${result.option}`,
        );
    }
    // No chart is drawn for figures the source never gave.
    expect(within(section(cmgs)).queryByRole('img')).toBeNull();
  });

  it('lists every result with its value in the table view', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const infra = benchmark('infrabuilder-cni-2024');
    const tcp = seriesOf(infra, 'tcp-single-stream');
    const caption = `${tcp.metric.en}: figures as published, with our derived percentages`;
    const heading = within(section(infra)).getByRole('heading', {
      level: 3,
      name: `${tcp.metric.en} (${tcp.unit})`,
    });
    const block = heading.parentElement;
    if (!block) throw new Error('the series heading should sit in its block');
    await userEvent.click(within(block).getByText(en.showTable));
    const table = within(section(infra)).getByRole('table', { name: caption });
    expect(table.closest('details')).toHaveAttribute('open');
    for (const result of tcp.results) {
      const row = within(table).getByRole('rowheader', { name: result.label }).closest('tr');
      if (!row || result.value === undefined) throw new Error(result.label);
      expect(within(row).getByText(number(result.value))).toBeInTheDocument();
      expect(within(row).getByText(tcp.unit)).toBeInTheDocument();
    }
    const baseline = tcp.baseline;
    expect(
      within(table)
        .getByRole('rowheader', { name: `${baseline?.label} (baseline)` })
        .closest('tr'),
    ).toHaveTextContent(number(baseline?.value ?? NaN));
    expect(within(table).getByRole('columnheader', { name: en.colPercent })).toBeInTheDocument();
  });

  it('offers "% of baseline" as a clearly derived view where a baseline exists', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const infra = benchmark('infrabuilder-cni-2024');
    const base = infra.series.find((s) => s.baseline)?.baseline;
    const toggles = within(section(infra)).getAllByRole('checkbox', {
      name: `Show as % of ${base?.label} (derived by us)`,
    });
    expect(toggles.length).toBe(infra.series.filter((s) => s.baseline?.label === base?.label).length);
    expect(screen.queryByText(/Percentages are derived by us/)).toBeNull();
    const first = toggles[0];
    if (!first) throw new Error('no toggle');
    await userEvent.click(first);
    expect(first).toBeChecked();
    expect(screen.getByText(/Percentages are derived by us/)).toHaveTextContent(
      `${base?.label} (${number(base?.value ?? NaN)} `,
    );
    // Series without a baseline offer no such view.
    const cni2020 = benchmark('infrabuilder-cni-2020');
    const withBaseline = cni2020.series.filter((s) => s.baseline).length;
    expect(within(section(cni2020)).queryAllByRole('checkbox')).toHaveLength(withBaseline);
  });

  it('narrows sections and series to those with a result for the chosen option', async () => {
    renderWithKnowledge(<BenchmarksView />);
    const option = kb.optionById.get('cilium');
    if (!option) throw new Error('cilium is missing from the knowledge base');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: en.filterOption }), option.name);
    const expected = kb.benchmarks.filter((b) =>
      b.series.some((s) => s.results.some((r) => r.option === 'cilium')),
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expected.map((b) => b.title.en),
    );
    const seriesCount = expected.reduce(
      (n, b) => n + b.series.filter((s) => s.results.some((r) => r.option === 'cilium')).length,
      0,
    );
    expect(screen.getByRole('status')).toHaveTextContent(`${seriesCount} of`);
    expect(window.location.hash).toBe('#/benchmarks?option=cilium');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: en.filterKind }), en.kind_encryption);
    const h3 = screen.getAllByRole('heading', { level: 3 }).filter((h) => h.textContent !== en.conditions);
    expect(h3.length).toBeGreaterThan(0);
    for (const h of h3) expect(h.textContent).toMatch(/encrypt/i);
  });

  it('reads the filter from the URL, so a filtered view can be linked', () => {
    window.location.hash = '#/benchmarks?kind=cpu';
    renderWithKnowledge(<BenchmarksView />);
    expect(screen.getByRole('combobox', { name: en.filterKind })).toHaveValue('cpu');
    expect(
      screen.getByRole('heading', { level: 2, name: benchmark('cmgs-docker-network-cloud').title.en }),
    ).toBeVisible();
    expect(
      screen.queryByRole('heading', { level: 2, name: benchmark('seed-001-meizu-iops').title.en }),
    ).toBeNull();
  });

  it('speaks Chinese when the language is zh', () => {
    renderWithKnowledge(<BenchmarksView />, { language: 'zh' });
    const zh = benchmarkMessages.zh;
    expect(screen.getByRole('heading', { level: 1, name: zh.title })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: zh.filterOption })).toBeInTheDocument();
    const infra = benchmark('infrabuilder-cni-2024');
    const region = screen.getByRole('region', { name: infra.title.zh });
    expect(condition(region, zh.nic)).toBe(`${infra.conditions.nicGbps} Gbit/s`);
    expect(condition(region, zh.platform)).toBe(infra.conditions.platform.zh);
    expect(within(region).getAllByText(zh.showTable).length).toBe(infra.series.length);
  });

  it('has no axe violations', async () => {
    const { container } = renderWithKnowledge(<BenchmarksView />);
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      // jsdom cannot compute colours; contrast is covered by the shared CSS variables.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
