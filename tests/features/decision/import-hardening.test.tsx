import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../../src/domain/schemas';
import DecisionView from '../../../src/features/decision/decision-view';
import { useAppStore } from '../../../src/store';
import { renderWithKnowledge } from '../../ui/render-app';

const start = profileSchema.parse({
  version: 1,
  environment: { orchestrator: 'swarm' },
  weights: { throughput: 4 },
});
const renderView = () =>
  renderWithKnowledge(<DecisionView />, {
    environment: start.environment,
    weights: start.weights,
    mustHave: start.mustHave,
  });
const storedWeights = () => useAppStore.getState().weights;
const importPanel = () => within(screen.getByRole('region', { name: 'Import a profile' }));

/** A profile file with `count` unknown weight ids and as many unknown must-haves. */
function badProfile(count: number): File {
  const ids = Array.from({ length: count }, (_, i) => `unknown${i}`);
  const text = JSON.stringify({
    version: 1,
    weights: Object.fromEntries(ids.map((id) => [id, 1])),
    mustHave: ids,
  });
  return new File([text], 'profile.json', { type: 'application/json' });
}

async function importFile(file: File): Promise<string[]> {
  await userEvent.upload(importPanel().getByLabelText('Profile file (.json)'), file);
  const alert = await waitFor(() => importPanel().getByRole('alert'), { timeout: 10_000 });
  return within(alert)
    .getAllByRole('listitem')
    .map((li) => li.textContent ?? '');
}

describe('importing a large bad file', () => {
  it('finishes quickly and lists the first 20 problems and how many more', async () => {
    const file = badProfile(4000);
    renderView();
    const begin = performance.now();
    const items = await importFile(file);
    expect(performance.now() - begin).toBeLessThan(8000);
    expect(items).toHaveLength(21);
    expect(items[0]).toBe('weights.unknown0: unknown criterion id (value: 1)');
    expect(items.at(-1)).toBe('… and 7,980 more problems (8,000 in all; the first 20 are listed)');
    expect(storedWeights()).toEqual(start.weights);
  });

  it('refuses a file over the cap before reading it, with one line', async () => {
    const file = badProfile(700_000);
    renderView();
    const begin = performance.now();
    const items = await importFile(file);
    expect(performance.now() - begin).toBeLessThan(8000);
    expect(items).toEqual([
      expect.stringMatching(/^\(root\): too large \(value: \d+ bytes, limit 1000000\)$/),
    ]);
    expect(storedWeights()).toEqual(start.weights);
  });
});

describe('one rule set with the CLI', () => {
  it('imports a pasted profile that starts with a BOM', async () => {
    const user = userEvent.setup();
    renderView();
    await user.click(importPanel().getByRole('textbox', { name: 'Or paste the JSON' }));
    await user.paste(`\uFEFF${JSON.stringify({ version: 1, weights: { latency: 2 } })}`);
    await user.click(importPanel().getByRole('button', { name: 'Import' }));
    expect(importPanel().queryByRole('alert')).toBeNull();
    expect(storedWeights()).toEqual({ latency: 2 });
  });

  it('refuses __proto__ among the weights, naming it', async () => {
    renderView();
    const file = new File(['{"version":1,"weights":{"throughput":2,"__proto__":{"x":1}}}'], 'p.json');
    expect(await importFile(file)).toEqual(['weights.__proto__: key not allowed (value: "__proto__")']);
    expect(storedWeights()).toEqual(start.weights);
  });
});
