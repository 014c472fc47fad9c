import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AboutView from '../../../src/features/about/about-view';
import { kb, renderWithKnowledge } from '../../ui/render-app';

describe('About the data', () => {
  it('shows coverage per category from the knowledge base and every survey document', () => {
    renderWithKnowledge(<AboutView />);
    expect(screen.getByRole('heading', { level: 1, name: 'About the data' })).toBeInTheDocument();
    const coverage = screen.getByRole('table', { name: 'Options and criteria per category' });
    const networking = within(coverage).getByRole('row', { name: /^Networking/ });
    expect(networking).toHaveTextContent(String(kb.optionsByCategory.get('networking')?.length));
    for (const seed of kb.sources.filter((s) => s.kind === 'seed')) {
      expect(screen.getAllByText(new RegExp(seed.file ?? 'none')).length).toBeGreaterThan(0);
    }
  });

  it('filters the project status table by state', async () => {
    renderWithKnowledge(<AboutView />);
    const archived = kb.options.filter((o) => o.status.state === 'archived');
    const active = kb.options.find((o) => o.status.state === 'active');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Show projects' }), 'archived');
    const table = screen.getByRole('region', { name: 'Project status' });
    for (const option of archived)
      expect(within(table).getByRole('link', { name: option.name })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: active?.name })).toBeNull();
  });
});
