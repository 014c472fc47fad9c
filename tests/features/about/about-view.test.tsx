import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import AboutView from '../../../src/features/about/about-view';
import { countCitations } from '../../../src/features/about/cite-counts';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const statusTable = () =>
  screen.getByRole('table', { name: 'Maintenance status of every option, by category' });
const optionLinks = () =>
  within(statusTable())
    .getAllByRole('link')
    .filter((a) => a.getAttribute('href')?.startsWith('#/options/'));

describe('About the data', () => {
  it('waits for the full knowledge base', () => {
    renderWithKnowledge(<AboutView />, {}, false);
    expect(screen.getByText('Loading the knowledge base…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });

  it('lists every category with its option and criterion counts from the knowledge base', () => {
    renderWithKnowledge(<AboutView />);
    const table = screen.getByRole('table', { name: 'Options and criteria per category' });
    for (const category of kb.categories) {
      const row = within(table).getByRole('rowheader', { name: category.name.en }).closest('tr');
      if (!row) throw new Error(`no row for ${category.id}`);
      const [options, criteria] = within(row).getAllByRole('cell');
      expect(options).toHaveTextContent(String(kb.optionsByCategory.get(category.id)?.length ?? 0));
      expect(criteria).toHaveTextContent(String(kb.criteriaByCategory.get(category.id)?.length ?? 0));
    }
    expect(screen.getByText(`${kb.caseStudies.length} case studies`, { exact: false })).toBeInTheDocument();
  });

  it('shows every level of the 0–4 scale with its meaning', () => {
    renderWithKnowledge(<AboutView />);
    for (const step of kb.scale) {
      const row = screen.getByRole('rowheader', { name: step.label.en }).closest('tr');
      expect(row).toHaveTextContent(step.meaning.en);
      expect(row).toHaveTextContent(String(step.level));
    }
  });

  it('dates the data by the latest status check', () => {
    renderWithKnowledge(<AboutView />);
    const latest =
      kb.options
        .map((o) => o.status.asOf)
        .sort()
        .at(-1) ?? '';
    const [year] = latest.split('-');
    expect(screen.getByRole('region', { name: 'Date of the data' })).toHaveTextContent(
      new RegExp(`checked as of \\w+ ${year}`),
    );
  });

  it('narrows the status table to archived options, weave-sleeve among them', async () => {
    renderWithKnowledge(<AboutView />);
    expect(optionLinks()).toHaveLength(kb.options.length);
    const archived = kb.options.filter((o) => o.status.state === 'archived');
    const weaveSleeve = kb.optionById.get('weave-sleeve');
    expect(weaveSleeve?.status.state).toBe('archived');

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show projects' }), 'archived');
    const names = optionLinks().map((a) => a.textContent);
    expect(names.sort()).toEqual(archived.map((o) => o.name).sort());
    expect(names).toContain(weaveSleeve?.name);
    expect(within(statusTable()).queryByRole('link', { name: 'Flannel (VXLAN)' })).not.toBeInTheDocument();
    expect(screen.getByText(`${archived.length} of ${kb.options.length} options shown.`)).toBeInTheDocument();
    expect(screen.getByRole('option', { name: `Archived (${archived.length})` })).toBeInTheDocument();
  });

  it('links each option of the status table to its detail view', () => {
    renderWithKnowledge(<AboutView />);
    expect(within(statusTable()).getByRole('link', { name: 'Flannel (VXLAN)' })).toHaveAttribute(
      'href',
      '#/options/flannel-vxlan',
    );
  });

  it('lists every survey document by file name, first, with how many facts cite it', () => {
    renderWithKnowledge(<AboutView />);
    const seeds = kb.sources.filter((s) => s.kind === 'seed');
    expect(seeds.length).toBeGreaterThan(0);
    const items = within(screen.getByRole('region', { name: 'Sources' })).getAllByRole('listitem');
    const cites = countCitations(kb);
    seeds.forEach((seed, i) => {
      const item = items.find((li) => li.textContent?.includes(seed.file ?? '—'));
      expect(item, seed.id).toBeDefined();
      expect(items.indexOf(item as HTMLElement)).toBeLessThan(seeds.length);
      expect(item).toHaveTextContent(`facts citing it: ${cites.get(seed.id) ?? 0}`);
      expect(i).toBeLessThan(items.length);
    });
  });

  it('filters sources by text and can show them all', async () => {
    renderWithKnowledge(<AboutView />);
    const region = screen.getByRole('region', { name: 'Sources' });
    await userEvent.click(
      within(region).getByRole('button', { name: `Show all ${kb.sources.length} sources` }),
    );
    expect(within(region).getAllByRole('listitem')).toHaveLength(kb.sources.length);

    const publisher = 'InfraBuilder';
    const expected = kb.sources.filter((s) =>
      [s.title, s.publisher, s.note, s.url].some((f) => f?.toLowerCase().includes(publisher.toLowerCase())),
    );
    await userEvent.type(within(region).getByRole('searchbox', { name: 'Filter sources' }), publisher);
    expect(within(region).getAllByRole('listitem')).toHaveLength(expected.length);
    await userEvent.clear(within(region).getByRole('searchbox', { name: 'Filter sources' }));
    await userEvent.type(within(region).getByRole('searchbox', { name: 'Filter sources' }), 'zzqx');
    expect(within(region).getByText('No source matches “zzqx”.')).toBeInTheDocument();
  });

  it('speaks Chinese', () => {
    renderWithKnowledge(<AboutView />, { language: 'zh' });
    expect(screen.getByRole('heading', { level: 1, name: '关于数据' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '显示项目' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: kb.categories[0]?.name.zh })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '评分如何计算' })).toBeInTheDocument();
  });

  it('has no axe violations (contrast is checked in the browser)', async () => {
    const { container } = renderWithKnowledge(<AboutView />);
    const result = await axe.run(container, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
