import axe from 'axe-core';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeShare } from '../../../src/domain/profile';
import { profileSchema, type Profile } from '../../../src/domain/schemas';
import DecisionView from '../../../src/features/decision/decision-view';
import { readText } from '../../../src/ui';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
const publicCloud: Profile = preset.profile;

/** A small profile that differs from the preset, so a load is visible in the store. */
const start = profileSchema.parse({
  version: 1,
  environment: { orchestrator: 'swarm', kernel: '5.4' },
  weights: { throughput: 4, simplicity: 2 },
  mustHave: ['encryption'],
});
const renderView = (profile: Profile = start, complete = true) =>
  renderWithKnowledge(
    <DecisionView />,
    { environment: profile.environment, weights: profile.weights, mustHave: profile.mustHave },
    complete,
  );

const storedProfile = () => {
  const { environment, weights, mustHave } = useAppStore.getState();
  return { environment, weights, mustHave };
};

/** Captures what downloadFile hands to the browser. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) files.push({ name: this.download, blob });
  });
  return files;
}

const readDownload = (file: { blob: Blob } | undefined) =>
  file ? readText(file.blob) : Promise.reject(new Error('nothing downloaded'));

const importPanel = () => within(screen.getByRole('region', { name: 'Import a profile' }));

async function pasteAndImport(text: string) {
  const user = userEvent.setup();
  await user.click(importPanel().getByRole('textbox', { name: 'Or paste the JSON' }));
  await user.paste(text);
  await user.click(importPanel().getByRole('button', { name: 'Import' }));
}

afterEach(() => vi.restoreAllMocks());

describe('share link', () => {
  it('carries a token that decodeShare turns back into the same profile, method and comparison', async () => {
    useAppStore.setState({ method: 'topsis', compared: ['calico-ipip', 'flannel-vxlan'] });
    renderView();
    const link = screen.getByRole('textbox', { name: 'Link to share' });
    const url = new URL((link as HTMLInputElement).value);
    expect(url.hash.startsWith('#/results/networking?s=')).toBe(true);
    const token = new URLSearchParams(url.hash.split('?')[1]).get('s') ?? '';
    const decoded = decodeShare(token, kb);
    expect(decoded).toEqual({
      ok: true,
      decision: {
        profile: start,
        method: 'topsis',
        compared: ['calico-ipip', 'flannel-vxlan'],
      },
    });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'The link opens' }), 'Comparison');
    expect((link as HTMLInputElement).value).toContain('#/compare?s=');
  });

  it('copies the link to the clipboard and announces it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderView();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const link = screen.getByRole('textbox', { name: 'Link to share' }) as HTMLInputElement;
    expect(writeText).toHaveBeenCalledWith(link.value);
    const share = within(screen.getByRole('region', { name: 'Share link' }));
    expect(share.getByRole('status')).toHaveTextContent('Copied');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderView();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const share = within(screen.getByRole('region', { name: 'Share link' }));
    expect(share.getByRole('status')).toHaveTextContent('Copy failed — select the text and copy it');
  });
});

describe('profile export', () => {
  it('downloads profile.json with exactly the v1 profile, also shown for copying', async () => {
    const files = captureDownloads();
    renderView();
    await userEvent.click(screen.getByRole('button', { name: 'Download profile.json' }));
    expect(files.map((f) => f.name)).toEqual(['profile.json']);
    const text = await readDownload(files[0]);
    const json: unknown = JSON.parse(text ?? '');
    expect(json).toEqual(start);
    expect(Object.keys(json as object)).toEqual(['version', 'environment', 'weights', 'mustHave']);
    // What the CLI reads: the same profile passes the boundary unchanged.
    expect(profileSchema.parse(json)).toEqual(json);
    expect(screen.getByTestId('profile-json').textContent).toBe(text);
    const exportPanel = screen.getByRole('region', { name: 'Profile file (JSON)' });
    expect(exportPanel).toHaveTextContent('npm run --silent advisor -- recommend --profile profile.json');
  });
});

describe('profile import', () => {
  it('shows the JSON parse error and changes nothing', async () => {
    renderView();
    const before = storedProfile();
    await pasteAndImport('{"version": 1,');
    const alert = importPanel().getByRole('alert');
    expect(alert).toHaveTextContent('Not imported — nothing was changed.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(/^invalid JSON: .+/);
    expect(storedProfile()).toEqual(before);
  });

  it('lists every problem with field path and value, and changes nothing', async () => {
    renderView();
    const before = storedProfile();
    await pasteAndImport('{"version":1,"weights":{"throughput":9,"speed":2}}');
    const items = within(importPanel().getByRole('alert'))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items).toContainEqual(expect.stringMatching(/^weights\.throughput: .*\(value: 9\)$/));
    expect(items).toContain('weights.speed: unknown criterion id (value: 2)');
    expect(storedProfile()).toEqual(before);
  });

  it('loads a valid pasted profile and says so', async () => {
    renderView();
    await pasteAndImport(JSON.stringify(publicCloud));
    const { version, ...expected } = publicCloud;
    expect(version).toBe(1);
    expect(storedProfile()).toEqual(expected);
    expect(importPanel().queryByRole('alert')).toBeNull();
    expect(importPanel().getByRole('status')).toHaveTextContent(
      `Profile imported: ${Object.keys(publicCloud.environment).length} environment answers`,
    );
  });

  it('loads a profile from a file, with the core knowledge only', async () => {
    renderView(start, false);
    const file = new File([JSON.stringify(publicCloud)], 'profile.json', { type: 'application/json' });
    await userEvent.upload(importPanel().getByLabelText('Profile file (.json)'), file);
    await waitFor(() => expect(storedProfile().environment).toEqual(publicCloud.environment));
    expect(storedProfile().weights).toEqual(publicCloud.weights);
  });
});

describe('accessibility', () => {
  it('has no axe violations, also with import problems shown', async () => {
    const { container } = renderView(publicCloud);
    await pasteAndImport('{"version":2}');
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      // jsdom cannot compute colours; contrast is checked in the browser.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
