import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../../../src/domain/schemas';
import { composeStack, pairingsAmong } from '../../../src/domain/stack';
import { rankAcceptability, DEFAULT_SEED } from '../../../src/domain/sensitivity';
import StackView from '../../../src/features/stack/stack-view';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.profile;
};
const render = (profile: Profile) =>
  renderWithKnowledge(<StackView />, {
    environment: profile.environment,
    weights: profile.weights,
    mustHave: profile.mustHave,
    choices: {},
  });
const stackFor = (profile: Profile) => {
  const outcome = composeStack(kb, profile, 'weighted');
  if (!outcome.ok) throw new Error('no stack');
  return outcome.stack;
};

afterEach(() => vi.restoreAllMocks());

const readBlob = (blob: Blob | undefined): Promise<string> =>
  new Promise((resolve, reject) => {
    if (!blob) return reject(new Error('nothing was downloaded'));
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

describe('the stack as an architecture diagram', () => {
  it('draws the composed stack as an image with a title, and as a list', () => {
    const profile = preset('private-dc-l2');
    render(profile);
    const network = stackFor(profile).picks.find((p) => p.category === 'networking')?.option.name ?? '?';
    const image = screen.getByRole('img', { name: 'Your stack' });
    expect(image.textContent).toContain(network);
    const list = within(screen.getByRole('region', { name: 'Architecture' })).getAllByRole('listitem');
    expect(list.some((item) => item.textContent === `Pod network: ${network}`)).toBe(true);
  });

  it('downloads the diagram as an SVG file that holds the drawn stack', async () => {
    const profile = preset('swarm-shop');
    render(profile);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:diagram';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const section = screen.getByRole('region', { name: 'Architecture' });
    await userEvent.click(within(section).getAllByRole('button', { name: 'Download SVG' })[0] as HTMLElement);
    expect(click).toHaveBeenCalledTimes(1);
    const text = await readBlob(blobs[0]);
    expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(text).toContain(stackFor(profile).picks.find((p) => p.category === 'orchestration')?.option.name);
  });

  it('compares with a company: two diagrams, the differences marked and counted', async () => {
    render(preset('private-dc-l2'));
    const section = screen.getByRole('region', { name: 'Architecture' });
    await userEvent.selectOptions(
      within(section).getByRole('combobox', { name: 'Compare with a company' }),
      'meizu',
    );
    const images = within(section).getAllByRole('img');
    expect(images).toHaveLength(2);
    expect(within(section).getByText(/Differences: \d+/)).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('listitem')
        .some((li) => li.textContent?.endsWith('(differs)')),
    ).toBe(true);
  });
});

describe('stack evidence', () => {
  it('shows per pick how often it ranks first under varied weights', async () => {
    const profile = preset('public-cloud-no-bgp');
    render(profile);
    const stack = stackFor(profile);
    const networking = stack.picks.find((p) => p.category === 'networking');
    const ranking = stack.rankings.get('networking');
    if (!networking || !ranking) throw new Error('no networking pick');
    const share = rankAcceptability(ranking, 2000, DEFAULT_SEED).options.find(
      (o) => o.id === networking.option.id,
    )?.ranks[0];
    const layer = screen.getByRole('listitem', { name: 'Networking' });
    await waitFor(() =>
      expect(
        within(layer).getByText(`ranks first in ${Math.round((share ?? 0) * 100)}% of weight draws`),
      ).toBeInTheDocument(),
    );
  });

  it('lists the pairs that companies ran together, linked to their case studies', () => {
    const profile = preset('private-dc-l2');
    render(profile);
    const pairs = pairingsAmong(
      kb,
      stackFor(profile).picks.map((p) => p.option.id),
    );
    const section = screen.getByRole('region', { name: 'Seen together in production' });
    if (pairs.length === 0) expect(within(section).getByText(/No case study runs/)).toBeInTheDocument();
    else expect(within(section).getAllByRole('listitem')).toHaveLength(pairs.length);
  });
});
