import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkStoredIds, CORRUPT_KEY, STORAGE_KEY, useAppStore } from '../../src/store';
import { summarizeProblems } from '../../src/store/ui-slice';
import { kb } from '../ui/render-app';
import { keptTexts, refuseWrites, reloadFrom, storedState, valid, wrap } from './stored';

afterEach(() => vi.restoreAllMocks());

const notice = () => useAppStore.getState().notice;
const version = (v: unknown) => `version: unknown version: this app reads versions 0 and 1 (value: ${v})`;

describe('an unreadable stored state is set aside as text, with a notice', () => {
  // None of these may be dropped without a word, nor loaded and rewritten as version 1.
  it.each<[string, string, string]>([
    ['truncated JSON', wrap(valid).slice(0, 40), 'stored state: not valid JSON ('],
    ['an empty object', '{}', 'state: Invalid input: expected record, received undefined (value: missing)'],
    ['an empty array', '[]', '(root): Invalid input: expected object, received array (value: [])'],
    ['a wrapper of another shape', JSON.stringify({ profile: valid, version: 1 }), 'state: Invalid input'],
    ['a state that is a list', JSON.stringify({ state: [valid], version: 1 }), 'state: Invalid input'],
    ['a future version (2)', wrap(valid, 2), version(2)],
    ['version -1', wrap(valid, -1), version(-1)],
    ['version "1" (a string)', wrap(valid, '1'), version('"1"')],
    ['version 1.5', wrap(valid, 1.5), version(1.5)],
    ['version null', wrap(valid, null), version(null)],
    ['no version', JSON.stringify({ state: valid }), version('missing')],
  ])('%s', async (_, text, problem) => {
    useAppStore.getState().setWeight('latency' as never, 3);
    await reloadFrom(text);
    expect(notice()?.key).toBe('storedStateSetAside');
    expect(notice()?.details.join('\n')).toContain(problem);
    expect(keptTexts()).toEqual([text]);
    // The defaults stay, the unreadable text is not read again, and an edit cannot lose the copy.
    expect(useAppStore.getState().weights).toEqual({ latency: 3 });
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    useAppStore.getState().setWeight('throughput' as never, 2);
    expect(keptTexts()).toEqual([text]);
    expect(storedState()).toMatchObject({ weights: { latency: 3, throughput: 2 } });
  });

  it('reads a state that starts with a byte order mark', async () => {
    await reloadFrom(`\uFEFF${wrap(valid)}`);
    expect(useAppStore.getState()).toMatchObject({ weights: { throughput: 5 }, method: 'topsis' });
    expect(notice()).toBeUndefined();
  });

  it('refuses a state nested 5,000 deep without recursing into it', async () => {
    const text = `{"state":{"environment":${'['.repeat(5000)}${']'.repeat(5000)}},"version":1}`;
    await reloadFrom(text);
    expect(notice()?.details).toEqual(['stored state: nested too deeply (value: depth 5002, limit 64)']);
    expect(keptTexts()).toEqual([text]);
  });

  it('refuses 100,000 bad keys with a short notice', async () => {
    const weights = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`w${i}`, 'x']));
    const text = wrap({ ...valid, weights });
    await reloadFrom(text);
    expect(notice()?.details.length).toBeLessThanOrEqual(20);
    expect(notice()?.details[0]).toMatch(/^stored state: too (large|many keys)/);
    expect(keptTexts()).toEqual([text]);
  });

  it('lists the first 20 of 9,000 problems and says how many there were', async () => {
    const weights = Object.fromEntries(Array.from({ length: 9000 }, (_, i) => [`w${i}`, 'x']));
    const started = performance.now();
    await reloadFrom(wrap({ ...valid, weights }));
    expect(performance.now() - started).toBeLessThan(5000);
    expect(notice()?.details).toHaveLength(20);
    expect(notice()?.details[0]).toBe(
      'weights.w0: Invalid input: expected number, received string (value: "x")',
    );
    expect(notice()?.total).toBe(9000);
  });

  it('removes repeats from a problem list in linear time', () => {
    // Half a million problems, 10,000 of them distinct: a quadratic pass would need billions of steps.
    const problems = Array.from({ length: 500_000 }, (_, i) => `problem ${i % 10_000}`);
    const started = performance.now();
    const summary = summarizeProblems(problems);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(summary.total).toBe(10_000);
    expect(summary.details).toEqual(Array.from({ length: 20 }, (_, i) => `problem ${i}`));
  });
});

describe('when no copy can be kept', () => {
  it('says so, holds the text for download and does not overwrite it until dismissed', async () => {
    refuseWrites(CORRUPT_KEY);
    const text = wrap(valid, 2);
    await reloadFrom(text);
    const s = useAppStore.getState();
    expect(s.notice).toBeUndefined(); // nothing claims a copy that does not exist
    expect(s.heldTexts).toEqual([
      expect.objectContaining({ text, failure: 'quota', details: [version(2)], total: 1 }),
    ]);
    expect(localStorage.getItem(CORRUPT_KEY)).toBeNull();
    s.setWeight('latency' as never, 4);
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
    useAppStore.getState().releaseHeldText(s.heldTexts[0]?.id ?? -1);
    expect(storedState()).toMatchObject({ weights: { latency: 4 } });
  });

  it('holds a 4 MB state when the browser has no room for a second copy', async () => {
    const text = wrap({ ...valid, rationales: { networking: 'x'.repeat(4_000_000) } });
    await reloadFrom(text);
    const [held] = useAppStore.getState().heldTexts;
    expect(held?.text).toBe(text);
    expect(held?.failure).toBe('quota');
    expect(held?.details).toEqual([
      `stored state: too large (value: ${text.length} characters, limit 1000000)`,
    ]);
    expect(notice()).toBeUndefined();
    expect(localStorage.getItem(STORAGE_KEY)).toBe(text);
  });
});

describe('a write that fails', () => {
  it('keeps the state in memory and says it is not saved, then that it is saved again', () => {
    const refused = refuseWrites(STORAGE_KEY);
    expect(() => useAppStore.getState().setWeight('throughput' as never, 4)).not.toThrow();
    expect(useAppStore.getState().weights).toEqual({ throughput: 4 });
    expect(notice()).toMatchObject({ kind: 'error', key: 'storageWriteFailed', failure: 'quota' });
    expect(storedState()).toMatchObject({ weights: {} });
    refused.mockRestore();
    useAppStore.getState().toggleMustHave('crossHost' as never);
    expect(storedState()).toMatchObject({ weights: { throughput: 4 }, mustHave: ['crossHost'] });
    expect(notice()?.key).toBe('storageWriteRecovered');
  });

  it('says so again after the notice was dismissed', () => {
    refuseWrites(STORAGE_KEY);
    useAppStore.getState().setWeight('throughput' as never, 4);
    useAppStore.getState().dismissNotice();
    useAppStore.getState().setWeight('latency' as never, 2);
    expect(notice()?.key).toBe('storageWriteFailed');
  });
});

describe('ids the knowledge base does not know', () => {
  const withUnknown = {
    ...valid,
    weights: { throughput: 5, warpDrive: 3 },
    mustHave: ['crossHost', 'teleport'],
    choices: { networking: 'calico-ipip', logging: 'no-such-stack', monitoring: 'calico-ipip' },
    compared: ['calico-ipip', 'no-such-option'],
  };

  it('are left out once the knowledge base is complete, and the stored text is set aside', async () => {
    const text = wrap(withUnknown);
    await reloadFrom(text);
    checkStoredIds(kb, false); // option ids cannot be checked against the first-visit core
    expect(useAppStore.getState().weights).toEqual({ throughput: 5, warpDrive: 3 });
    checkStoredIds(kb, true);
    expect(useAppStore.getState()).toMatchObject({
      weights: { throughput: 5 },
      mustHave: ['crossHost'],
      choices: { networking: 'calico-ipip' },
      compared: ['calico-ipip'],
      method: 'topsis',
    });
    expect(notice()?.key).toBe('storedIdsSetAside');
    expect(notice()?.details).toEqual([
      'weights.warpDrive: unknown criterion id (value: 3)',
      'mustHave[1]: unknown criterion id (value: "teleport")',
      'choices.logging: unknown option id (value: "no-such-stack")',
      'choices.monitoring: option is in category networking (value: "calico-ipip")',
      'compared[1]: unknown option id (value: "no-such-option")',
    ]);
    expect(keptTexts()).toEqual([text]);
    expect(storedState()).toMatchObject({ weights: { throughput: 5 }, mustHave: ['crossHost'] });
  });

  it('are checked once: a state with known ids raises nothing', async () => {
    await reloadFrom(wrap(valid));
    checkStoredIds(kb, true);
    checkStoredIds(kb, true);
    expect(notice()).toBeUndefined();
    expect(localStorage.getItem(CORRUPT_KEY)).toBeNull();
  });
});
