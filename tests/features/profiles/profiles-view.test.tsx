import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { encodeShare } from '../../../src/domain/profile';
import { profileSchema, type Profile } from '../../../src/domain/schemas';
import { rank, type Method } from '../../../src/domain/scoring';
import { composeStack } from '../../../src/domain/stack';
import ProfilesView from '../../../src/features/profiles/profiles-view';
import { STORAGE_KEY, useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const mine = profileSchema.parse({
  version: 1,
  environment: { orchestrator: 'kubernetes', cloud: 'public', bgp: false },
  weights: { throughput: 5 },
  mustHave: ['crossHost'],
});
const theirs = profileSchema.parse({
  version: 1,
  environment: { orchestrator: 'kubernetes', cloud: 'private', bgp: true },
  weights: { throughput: 5, networkPolicy: 3 },
  mustHave: [],
});
const stateOf = (p: Profile) => ({ environment: p.environment, weights: p.weights, mustHave: p.mustHave });
const link = (p: Profile, method: Method = 'topsis') =>
  `http://localhost:5173/#/results/networking?s=${encodeShare({ profile: p, method, compared: [] })}`;

/** The cells of the row headed `header` in the table captioned `caption`. */
const cells = (caption: string, header: string) => {
  const table = screen.getByRole('table', { name: caption });
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLElement;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
};
const paste = async (text: string) => {
  const field = screen.getByRole('textbox', { name: 'Or paste a share link or a profile (JSON)' });
  await userEvent.clear(field);
  if (text) await userEvent.click(field);
  if (text) await userEvent.paste(text);
  await userEvent.click(screen.getByRole('button', { name: 'Compare with this' }));
};

describe('ProfilesView', () => {
  it('compares with a pasted share link: answers, first options and stacks', async () => {
    renderWithKnowledge(<ProfilesView />, stateOf(mine));
    expect(screen.getByText(/No other profile yet/)).toBeInTheDocument();
    await paste(link(theirs));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Comparing with a share link: 3 facts, 2 weights, 0 must-haves.',
    );

    expect(cells('Where the answers differ', 'Where the hosts run')).toEqual([
      'public cloud',
      'private data centre',
    ]);
    expect(cells('Where the answers differ', 'BGP peering available')).toEqual(['no', 'yes']);
    expect(cells('Where the answers differ', 'Weight: Network policy / ACL')).toEqual(['0', '3']);
    expect(cells('Where the answers differ', 'Must-have: Cross-host')).toEqual(['yes', 'no']);
    expect(cells('Where the answers differ', 'Scoring method')).toEqual(['Weighted sum', 'TOPSIS']);
    expect(
      within(screen.getByRole('table', { name: 'Where the answers differ' })).getAllByRole('row'),
    ).toHaveLength(6);

    for (const category of kb.categories) {
      const a = rank(kb, mine, { category: category.id, method: 'weighted' }).ranking[0];
      const b = rank(kb, theirs, { category: category.id, method: 'topsis' }).ranking[0];
      const row = cells('The first option in each category, with its score', category.name.en);
      expect(row[0]).toBe(a ? `${a.name} ${a.score.toFixed(2)}` : 'nothing fits');
      expect(row[1]).toBe(b ? `${b.name} ${b.score.toFixed(2)}` : 'nothing fits');
      expect(row[2]).toBe(a?.id === b?.id ? 'same' : 'differs');
    }

    const stacks = [composeStack(kb, mine, 'weighted'), composeStack(kb, theirs, 'topsis')];
    const [ours, other] = stacks.map((s) => (s.ok ? s.stack : undefined));
    const net = ours?.picks.find((p) => p.category === 'networking');
    const otherNet = other?.picks.find((p) => p.category === 'networking');
    expect(cells('The best compatible stack for each profile', 'Networking').slice(0, 2)).toEqual([
      `${net?.option.name} ${net?.score.toFixed(2)}`,
      `${otherNet?.option.name} ${otherNet?.score.toFixed(2)}`,
    ]);
    expect(cells('The best compatible stack for each profile', 'Total').slice(0, 2)).toEqual([
      ours?.total.toFixed(2),
      other?.total.toFixed(2),
    ]);
    // The user's own profile is untouched.
    expect(useAppStore.getState().weights).toEqual(mine.weights);
  });

  it('loads a profile file, ranked with the user’s method, and says so', async () => {
    renderWithKnowledge(<ProfilesView />, { ...stateOf(mine), method: 'topsis' });
    const file = new File([JSON.stringify(theirs)], 'theirs.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Profile file (.json)'), file);
    expect(await screen.findByText(/^Comparing with a profile file/)).toBeInTheDocument();
    expect(
      screen.getByText('A profile file carries no scoring method: both profiles are ranked with yours.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: 'Scoring method' })).not.toBeInTheDocument();
  });

  it('refuses a bad file or text with every problem and keeps both profiles', async () => {
    renderWithKnowledge(<ProfilesView />, stateOf(mine));
    await paste(link(theirs));
    const before = useAppStore.getState().otherProfile;

    const bad = new File(['{"version": 1, "weights": {"throughput": 9, "speed": 2}}'], 'bad.json');
    await userEvent.upload(screen.getByLabelText('Profile file (.json)'), bad);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This could not be read; nothing was changed');
    expect(alert).toHaveTextContent('weights.throughput');

    await paste(link(theirs).slice(0, -9));
    expect(screen.getByRole('alert')).toHaveTextContent('This could not be read; nothing was changed');
    await paste('just some words');
    expect(screen.getByRole('alert')).toHaveTextContent('No share link or profile found');

    expect(useAppStore.getState().otherProfile).toBe(before);
    expect(useAppStore.getState().weights).toEqual(mine.weights);
    expect(screen.getByRole('table', { name: 'Where the answers differ' })).toBeInTheDocument();
  });

  it('says when the answers are the same, and stops comparing on request', async () => {
    renderWithKnowledge(<ProfilesView />, stateOf(mine));
    await paste(JSON.stringify(mine));
    expect(screen.getByText('Both profiles give the same answers.')).toBeInTheDocument();
    expect(screen.getByText(/^0 answers differ; the first option differs in 0 of/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(useAppStore.getState().otherProfile).toBeUndefined();
    expect(screen.getByText(/No other profile yet/)).toBeInTheDocument();
  });

  it('pins each profile’s choices in its stack, and says when they cannot hold', () => {
    const chosen = { ...theirs, choices: { networking: 'calico-ipip' } } as Profile;
    const impossible = { ...mine, environment: { ...mine.environment, l2: false } };
    renderWithKnowledge(<ProfilesView />, {
      ...stateOf(impossible),
      choices: { networking: 'macvlan' } as never,
      otherProfile: { profile: chosen, method: 'weighted', from: 'link' },
    });
    const [, other] = cells('The best compatible stack for each profile', 'Networking');
    const calico = kb.optionById.get('calico-ipip')?.name ?? '?';
    expect(other?.startsWith(`${calico} `)).toBe(true);
    expect(other).toMatch(/ \d\.\d\d chosen$/);
    expect(
      screen.getByText('Your choices cannot all hold: your stack leaves them aside.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/The other profile’s choices cannot all hold/)).not.toBeInTheDocument();
    expect(cells('Where the answers differ', 'Choice for Networking')).toEqual([
      kb.optionById.get('macvlan')?.name,
      kb.optionById.get('calico-ipip')?.name,
    ]);
  });

  it('holds the other profile for this session only: it is never stored', () => {
    useAppStore.getState().setOtherProfile({ profile: theirs, method: 'topsis', from: 'link' });
    useAppStore.getState().setWeight('latency' as never, 2);
    const stored = localStorage.getItem(STORAGE_KEY) ?? '';
    expect(stored).toContain('latency');
    expect(stored).not.toContain('otherProfile');
    expect(stored).not.toContain('networkPolicy');
  });

  it('speaks the chosen language and has no axe violations', async () => {
    const { container } = renderWithKnowledge(<ProfilesView />, {
      ...stateOf(mine),
      otherProfile: { profile: theirs, method: undefined, from: 'file' },
      language: 'ru',
    });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Два профиля рядом');
    expect(cells('Где ответы расходятся', 'Доступен BGP')).toEqual(['нет', 'да']);
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });
});
