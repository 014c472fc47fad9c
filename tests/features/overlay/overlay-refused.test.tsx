import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/domain/knowledge';
import { applyOverlay } from '../../../src/domain/overlay';
import OverlayView from '../../../src/features/overlay/overlay-view';
import { KnowledgeContext, OverlayContext } from '../../../src/knowledge-context';
import { readDataDir } from '../../../src/node/read-data-dir';
import { OVERLAY_KEY, useAppStore } from '../../../src/store';

// The adversarial overlays the CLI refuses are refused in the app too, through the same check, and
// the overlay already in use stays as it was, in the store and in the browser's storage.

const files = readDataDir(join(process.cwd(), 'data'));
const base = loadKnowledge(files);
const example = readFileSync(join(process.cwd(), 'examples/acme-dc.overlay.json'), 'utf8');
const head = { overlay: 1, name: 'bad', owner: 'o' };
const ref = { source: 'calico-docs-overlay', section: 's' };
const rule = (id: string, when: string, category: string, anyOf: string[]) => ({
  id,
  when,
  category,
  anyOf,
  reason: { en: 'r' },
  source: ref,
});

const cases: [string, string, RegExp][] = [
  [
    'a malformed value',
    JSON.stringify({
      ...head,
      values: [
        { option: 'antrea', criterion: 'simplicity', override: true, value: { level: 9, source: ref } },
      ],
    }),
    /values\[0\]\.value\.level: .*\(value: 9\)/,
  ],
  [
    'a collision',
    JSON.stringify({
      ...head,
      sources: [{ id: 'calico-docs-overlay', kind: 'public', title: 't', year: 2020, language: 'en' }],
    }),
    /sources\[0\]\.id: already in the knowledge base/,
  ],
  [
    'a prototype key',
    '{"overlay":1,"name":"bad","owner":"o","__proto__":{"polluted":true}}',
    /__proto__: key not allowed/,
  ],
  [
    'a 10 MB file',
    `{"overlay":1,"name":"bad","owner":"o","description":"${'x'.repeat(10_000_000)}"}`,
    /too large/,
  ],
  [
    'stack rules in a loop',
    JSON.stringify({
      ...head,
      stackRules: [rule('a', 'canal', 'logging', ['efk']), rule('b', 'efk', 'networking', ['canal'])],
    }),
    /rules form a loop \(canal → efk → canal\)/,
  ],
  [
    'a value without a source',
    JSON.stringify({
      ...head,
      values: [{ option: 'antrea', criterion: 'simplicity', override: true, value: { level: 1 } }],
    }),
    /values\[0\]\.value\.source: .*\(value: missing\)/,
  ],
];

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ language: 'en' });
  useAppStore.getState().setOverlay({ fileName: 'acme-dc.overlay.json', text: example });
});

describe('a refused overlay changes nothing in the app', () => {
  it.each(cases)('%s', async (_what, text, problem) => {
    const stored = localStorage.getItem(OVERLAY_KEY);
    const held = useAppStore.getState().overlay;
    const check = (t: string, label: string) => applyOverlay(files, t, label, 'trusted');
    render(
      <KnowledgeContext.Provider value={{ kb: base, complete: true }}>
        <OverlayContext.Provider
          value={{
            base,
            status: 'applied',
            problems: [],
            held: check(example, 'acme-dc.overlay.json'),
            check,
            prepare: () => undefined,
            ready: true,
          }}
        >
          <OverlayView />
        </OverlayContext.Provider>
      </KnowledgeContext.Provider>,
    );
    await userEvent.upload(screen.getByLabelText('Overlay file (.json)'), new File([text], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This overlay was refused; nothing was changed:');
    expect(alert.textContent).toMatch(problem);
    expect(useAppStore.getState().overlay).toBe(held);
    expect(localStorage.getItem(OVERLAY_KEY)).toBe(stored);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
