import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app';
import { applyOverlay } from '../../src/domain/overlay';
import { encodeShare, type SharedOverlay } from '../../src/domain/profile';
import { profileSchema, type Profile } from '../../src/domain/schemas';
import { OverlayContext, type OverlayState } from '../../src/knowledge-context';
import { readDataDir } from '../../src/node/read-data-dir';
import { useAppStore } from '../../src/store';
import { kb, renderWithKnowledge } from '../ui/render-app';

// A share link's knowledge overlay is shown, checked, before anything is applied; only "Use this
// overlay" holds it, and a refused or unreachable one changes nothing.

const files = readDataDir(join(process.cwd(), 'data'));
const example = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const checked = applyOverlay(files, example, 'link', 'trusted');
if (!checked.ok) throw new Error(checked.problems.join('\n'));
const HASH = checked.overlay.sha256;
const FACTS = checked.overlay.facts.size;
const URL = 'https://teams.example.org/platform/acme-dc.overlay.json';
const refusedText = JSON.stringify({ overlay: 1, name: 'bad', owner: 'x', options: [{ id: 'calico-bgp' }] });
const held = { fileName: 'ours.json', text: '{"overlay":1}', enabled: false };

const overlayState: OverlayState = {
  base: kb,
  status: 'none',
  problems: [],
  held: undefined,
  check: (text, label) => applyOverlay(files, text, label, 'trusted'),
  prepare: () => undefined,
  ready: true,
};
const inShell = (ui: ReactElement) => (
  <OverlayContext.Provider value={overlayState}>{ui}</OverlayContext.Provider>
);

const shared = profileSchema.parse({
  version: 1,
  environment: { bgp: true },
  weights: { throughput: 5 },
  mustHave: [],
});
const open = (overlay: SharedOverlay) => {
  window.location.hash = `#/results/networking?s=${encodeShare({ profile: shared, method: 'weighted', compared: [], overlay })}`;
};
const dialog = () => screen.findByRole('dialog', { name: 'This link also carries a knowledge overlay' });
const fetchMock = (respond: () => Promise<Response>) => {
  const mock = vi.fn<typeof fetch>(respond);
  vi.stubGlobal('fetch', mock);
  return mock;
};

afterEach(() => vi.unstubAllGlobals());

describe('a share link carrying an inline overlay', () => {
  it('applies the profile, then shows the overlay checked: name, owner, hash and facts', async () => {
    open({ text: example });
    renderWithKnowledge(inShell(<App />));
    const prompt = await dialog();
    await waitFor(() => expect(useAppStore.getState().weights).toEqual({ throughput: 5 }));
    expect(within(prompt).getByText('The overlay is carried in the link itself.')).toBeInTheDocument();
    expect(
      within(prompt).getByText('“acme-dc” by Acme platform team <platform@acme.example>'),
    ).toBeInTheDocument();
    expect(within(prompt).getByText(`It sets ${FACTS} facts. SHA-256 ${HASH}`)).toBeInTheDocument();
    expect(within(prompt).getByRole('button', { name: 'Ignore the overlay' })).toHaveFocus();
    expect(useAppStore.getState().overlay).toBeUndefined();
    expect(window.location.hash).toBe('#/results/networking');
  });

  it('holds it, switched on, only when asked to', async () => {
    open({ text: example });
    renderWithKnowledge(inShell(<App />), { overlay: held });
    const prompt = await dialog();
    expect(
      within(prompt).getByText('Using it replaces the overlay you hold now (ours.json).'),
    ).toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Use this overlay' }));
    expect(useAppStore.getState().overlay).toEqual({ fileName: 'share link', text: example, enabled: true });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it.each<[string, () => Promise<unknown>]>([
    ['the button', () => userEvent.click(screen.getByRole('button', { name: 'Ignore the overlay' }))],
    ['Escape', () => userEvent.keyboard('{Escape}')],
  ])('leaves the overlay held before as it was when ignored with %s', async (_how, ignore) => {
    open({ text: example });
    renderWithKnowledge(inShell(<App />), { overlay: held });
    await dialog();
    await ignore();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(useAppStore.getState().overlay).toEqual(held);
    expect(useAppStore.getState().weights).toEqual({ throughput: 5 });
  });

  it('explains a refused overlay and offers no way to use it', async () => {
    open({ text: refusedText });
    renderWithKnowledge(inShell(<App />), { overlay: held });
    const prompt = await dialog();
    const alert = within(prompt).getByRole('alert');
    expect(alert).toHaveTextContent('This overlay was refused; nothing was changed.');
    expect(alert).toHaveTextContent(/link: /);
    expect(within(prompt).queryByRole('button', { name: 'Use this overlay' })).not.toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Ignore the overlay' }));
    expect(useAppStore.getState().overlay).toEqual(held);
  });

  it('asks about the profile first, then about the overlay, whatever the profile choice', async () => {
    open({ text: example });
    const mine = { environment: { l2: true }, weights: { latency: 2 } as Profile['weights'] };
    renderWithKnowledge(inShell(<App />), mine);
    const first = await screen.findByRole('dialog', { name: 'This link carries a different profile' });
    await userEvent.click(within(first).getByRole('button', { name: 'Keep mine' }));
    const prompt = await dialog();
    expect(useAppStore.getState().weights).toEqual(mine.weights);
    await userEvent.click(within(prompt).getByRole('button', { name: 'Use this overlay' }));
    expect(useAppStore.getState().overlay?.text).toBe(example);
    expect(useAppStore.getState().weights).toEqual(mine.weights);
  });

  it('is shown in the chosen language', async () => {
    open({ text: example });
    renderWithKnowledge(inShell(<App />), { language: 'zh' });
    const prompt = await screen.findByRole('dialog', { name: '此链接还附带一份知识叠加数据' });
    expect(within(prompt).getByRole('button', { name: '使用此叠加数据' })).toBeInTheDocument();
  });
});

describe('a share link naming an overlay by address', () => {
  it('fetches it only when asked, without credentials or redirects, checks it, and holds it when used', async () => {
    const mock = fetchMock(async () => new Response(example, { status: 200 }));
    open({ url: URL });
    renderWithKnowledge(inShell(<App />), { overlay: held });
    const prompt = await dialog();
    expect(within(prompt).getByText(URL)).toBeInTheDocument();
    expect(mock).not.toHaveBeenCalled();
    expect(within(prompt).queryByRole('button', { name: 'Use this overlay' })).not.toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Fetch and check' }));
    await within(prompt).findByText(`It sets ${FACTS} facts. SHA-256 ${HASH}`);
    expect(mock).toHaveBeenCalledTimes(1);
    expect(mock.mock.calls[0]?.[0]).toBe(URL);
    expect(mock.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit', redirect: 'error' });
    expect(useAppStore.getState().overlay).toEqual(held);
    await userEvent.click(within(prompt).getByRole('button', { name: 'Use this overlay' }));
    expect(useAppStore.getState().overlay).toEqual({ fileName: URL, text: example, enabled: true });
  });

  const big = () => {
    const chunk = new Uint8Array(1_000_000).fill(32);
    let sent = 0;
    return new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 7) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
  };

  it.each<[string, () => Promise<Response>, string]>([
    ['a 404', async () => new Response('not here', { status: 404 }), 'the server answered with status 404'],
    [
      'a file too large by its Content-Length',
      async () => new Response('{}', { headers: { 'Content-Length': '7000000' } }),
      'it is larger than 6000000 bytes (7000000 bytes)',
    ],
    ['a file too large as read', async () => new Response(big()), 'it is larger than 6000000 bytes'],
    [
      'an unreachable server',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'it could not be reached',
    ],
    [
      'a file that is not UTF-8',
      async () => new Response(new Uint8Array([0xff, 0xfe, 0xfd])),
      'it is not UTF-8 text',
    ],
  ])('changes nothing and says why on %s', async (_name, respond, reason) => {
    fetchMock(respond);
    open({ url: URL });
    renderWithKnowledge(inShell(<App />), { overlay: held });
    const prompt = await dialog();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Fetch and check' }));
    const alert = await within(prompt).findByRole('alert');
    expect(alert).toHaveTextContent('The overlay was not fetched; nothing was changed:');
    expect(alert).toHaveTextContent(reason);
    expect(within(prompt).queryByRole('button', { name: 'Use this overlay' })).not.toBeInTheDocument();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Ignore the overlay' }));
    expect(useAppStore.getState().overlay).toEqual(held);
  });

  it('refuses a fetched file that is not a valid overlay, naming the problems', async () => {
    fetchMock(async () => new Response(refusedText, { status: 200 }));
    open({ url: URL });
    renderWithKnowledge(inShell(<App />));
    const prompt = await dialog();
    await userEvent.click(within(prompt).getByRole('button', { name: 'Fetch and check' }));
    const alert = await within(prompt).findByRole('alert');
    expect(alert).toHaveTextContent('This overlay was refused; nothing was changed.');
    expect(within(prompt).queryByRole('button', { name: 'Use this overlay' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(useAppStore.getState().overlay).toBeUndefined();
  });

  it('gives up after the timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { fetchOverlay } = await import('../../src/app/fetch-overlay');
      fetchMock(
        () =>
          new Promise<Response>((_resolve, reject) => {
            const signal = (vi.mocked(fetch).mock.calls[0]?.[1] as RequestInit | undefined)?.signal;
            signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      );
      const pending = fetchOverlay(URL);
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await pending).toEqual({ ok: false, failure: { kind: 'timeout' } });
    } finally {
      vi.useRealTimers();
    }
  });
});
