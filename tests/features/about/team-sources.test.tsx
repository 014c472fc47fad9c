import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import AboutView from '../../../src/features/about/about-view';
import { aboutMessages } from '../../../src/features/about/messages';
import { kb } from '../../ui/render-app';
import { overlaid, renderWith } from '../../support/overlay-knowledge';

const TEAM_SOURCE = 'Acme DC pod-to-pod throughput campaign, October 2026';
const sourceItem = (title: string) => {
  const item = screen.getByText(title).closest('li');
  if (!item) throw new Error(`no list item for ${title}`);
  return item;
};
const counts = () => screen.getByText(/^\d+ sources: /);

describe('About the data with a team overlay', () => {
  it.each(['en', 'zh', 'ru'] as const)('labels a team’s own source as such (%s)', (language) => {
    renderWith(<AboutView />, { language });
    const t = aboutMessages[language];
    // Alphabetically "Acme…" comes right after the survey documents, on the first page.
    const meta = within(sourceItem(TEAM_SOURCE)).getByText((text) => text.includes(t.kindTeam));
    expect(meta).not.toHaveTextContent(t.kindPublic);
  });

  it('counts the team’s own sources apart from the public ones', () => {
    renderWith(<AboutView />);
    const team = overlaid.sources.filter((s) => s.kind === 'team').length;
    const published = overlaid.sources.filter((s) => s.kind === 'public').length;
    expect(team).toBe(3);
    expect(counts()).toHaveTextContent(`${published} public sources and ${team} of the team’s own`);
  });

  it('shows no team label without an overlay', async () => {
    renderWith(<AboutView />, {}, kb);
    await userEvent.click(screen.getByRole('button', { name: /^Show all \d+ sources$/ }));
    expect(screen.queryByText(new RegExp(aboutMessages.en.kindTeam))).not.toBeInTheDocument();
    expect(counts()).toHaveTextContent(/survey documents and \d+ public sources$/);
  });
});
