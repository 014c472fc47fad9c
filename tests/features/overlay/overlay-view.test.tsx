import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/domain/knowledge';
import { applyOverlay } from '../../../src/domain/overlay';
import OverlayView from '../../../src/features/overlay/overlay-view';
import { KnowledgeContext, OverlayContext, type OverlayState } from '../../../src/knowledge-context';
import { readDataDir } from '../../../src/node/read-data-dir';
import { useAppStore } from '../../../src/store';

const files = readDataDir(join(process.cwd(), 'data'));
const base = loadKnowledge(files);
const text = readFileSync(join(process.cwd(), 'examples/acme-dc.overlay.json'), 'utf8');
const profile = JSON.parse(readFileSync(join(process.cwd(), 'examples/acme-dc.profile.json'), 'utf8'));
const check = (t: string, label: string) => applyOverlay(files, t, label);

/** The view as the app shell gives it: the knowledge with the held overlay applied when it is on. */
function renderView() {
  const held = useAppStore.getState().overlay;
  const checked = held ? check(held.text, held.fileName) : undefined;
  const result = held?.enabled ? checked : undefined;
  const kb = result?.ok ? result.knowledge : base;
  const state: OverlayState = {
    base,
    status: !held ? 'none' : !held.enabled ? 'off' : result?.ok ? 'applied' : 'refused',
    problems: result && !result.ok ? result.problems : [],
    held: checked,
    check,
    prepare: () => undefined,
    ready: true,
  };
  return render(
    <KnowledgeContext.Provider value={{ kb, complete: true }}>
      <OverlayContext.Provider value={state}>
        <OverlayView />
      </OverlayContext.Provider>
    </KnowledgeContext.Provider>,
  );
}

const file = (content: string, name: string) => new File([content], name, { type: 'application/json' });

beforeEach(() => {
  useAppStore.setState({
    overlay: undefined,
    language: 'en',
    environment: profile.environment,
    weights: profile.weights,
    mustHave: profile.mustHave,
  });
});

describe('Your evidence', () => {
  it('loads a checked overlay file and holds it, switched on', async () => {
    renderView();
    expect(screen.getByText('No overlay: everything shows the published knowledge.')).toBeVisible();
    await userEvent.upload(screen.getByLabelText('Overlay file (.json)'), file(text, 'acme-dc.overlay.json'));
    await expect.poll(() => useAppStore.getState().overlay?.fileName).toBe('acme-dc.overlay.json');
    expect(useAppStore.getState().overlay).toMatchObject({ enabled: true, text });
  });

  it('refuses a bad file, says why, and keeps the overlay held before', async () => {
    useAppStore.setState({ overlay: { fileName: 'acme-dc.overlay.json', text, enabled: true } });
    renderView();
    const bad = JSON.stringify({ overlay: 1, name: 'x', owner: 'o', options: [{ id: 'calico-bgp' }] });
    await userEvent.upload(screen.getByLabelText('Overlay file (.json)'), file(bad, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This overlay was refused; nothing was changed:');
    expect(alert).toHaveTextContent('bad.json: options[0]');
    expect(useAppStore.getState().overlay?.fileName).toBe('acme-dc.overlay.json');
  });

  it('shows what the applied overlay changes, fact by fact, and the ranking it moves', () => {
    useAppStore.setState({ overlay: { fileName: 'acme-dc.overlay.json', text, enabled: true } });
    renderView();
    expect(screen.getByRole('status')).toHaveTextContent('Applied');
    const table = screen.getByRole('table', { name: /Each fact the overlay sets/ });
    const row = within(table).getByRole('rowheader', {
      name: 'Calico (BGP, no encapsulation): Throughput, measured',
    });
    expect(row.closest('tr')).toHaveTextContent(/1\.7\s*2\.71/);
    expect(
      within(table).getByRole('rowheader', { name: 'Canal (flannel + Calico policy): status' }),
    ).toBeVisible();
    expect(
      screen.getByRole('heading', {
        name: 'Networking: first place Cilium (eBPF) → Calico (BGP, no encapsulation)',
      }),
    ).toBeVisible();
  });

  it('switches off and removes, and shows nothing of it while off', async () => {
    useAppStore.setState({ overlay: { fileName: 'acme-dc.overlay.json', text, enabled: true } });
    const { unmount } = renderView();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Apply this overlay' }));
    expect(useAppStore.getState().overlay?.enabled).toBe(false);
    unmount();
    renderView();
    expect(screen.getByRole('status')).toHaveTextContent('Switched off');
    expect(screen.queryByRole('table')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Remove the overlay' }));
    expect(useAppStore.getState().overlay).toBeUndefined();
  });
});
