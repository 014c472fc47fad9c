import { describe, expect, it } from 'vitest';
import { MAX_RATIONALE } from '../../src/domain/decision';
import { STORAGE_KEY, useAppStore } from '../../src/store';
import { keptTexts, reloadFrom, valid, wrap } from './stored';

describe('persisted profile', () => {
  it('restores a valid stored state', async () => {
    await reloadFrom(wrap(valid));
    const s = useAppStore.getState();
    expect([s.environment, s.weights, s.mustHave, s.method, s.compared, s.language, s.theme]).toEqual([
      valid.environment,
      valid.weights,
      valid.mustHave,
      'topsis',
      ['calico-ipip'],
      'ru',
      'dark',
    ]);
    expect(s.notice).toBeUndefined();
  });

  it('migrates an unversioned (v0) state that had no theme', async () => {
    await reloadFrom(wrap(Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'theme')), 0));
    expect(useAppStore.getState().theme).toBe('system');
    expect(useAppStore.getState().weights).toEqual({ throughput: 5 });
    expect(useAppStore.getState().notice).toBeUndefined();
  });

  it('sets a corrupt state aside, as text, with a notice and keeps the defaults', async () => {
    useAppStore.getState().setWeight('latency' as never, 3);
    const text = wrap({ ...valid, weights: { throughput: 'high' } });
    await reloadFrom(text);
    const s = useAppStore.getState();
    expect(s.weights).toEqual({ latency: 3 });
    expect(s.notice?.key).toBe('storedStateSetAside');
    expect(s.notice?.details).toEqual([
      'weights.throughput: Invalid input: expected number, received string (value: "high")',
    ]);
    expect(keptTexts()).toEqual([text]);
  });

  it('restores the decision record input, and defaults it for states stored before it', async () => {
    await reloadFrom(
      wrap({
        ...valid,
        rationales: { networking: 'We run it already.' },
        recordStatus: 'superseded',
        supersededBy: 'ADR-0009',
      }),
    );
    expect(useAppStore.getState()).toMatchObject({
      rationales: { networking: 'We run it already.' },
      recordStatus: 'superseded',
      supersededBy: 'ADR-0009',
    });
    useAppStore.setState({ rationales: {}, recordStatus: 'proposed', supersededBy: 'ADR-0001' });
    await reloadFrom(wrap(valid));
    expect(useAppStore.getState()).toMatchObject({
      rationales: {},
      recordStatus: 'proposed',
      supersededBy: undefined,
    });
    expect(useAppStore.getState().notice).toBeUndefined();
  });

  it('sets aside a stored rationale beyond the limit and says where', async () => {
    await reloadFrom(wrap({ ...valid, rationales: { networking: 'x'.repeat(MAX_RATIONALE + 1) } }));
    expect(useAppStore.getState().rationales).toEqual({});
    expect(useAppStore.getState().notice?.details[0]).toMatch(/^rationales\.networking: Too big/);
  });

  it('cuts a typed rationale at the limit and drops an emptied one', () => {
    const { setRationale } = useAppStore.getState();
    setRationale('logging', 'y'.repeat(MAX_RATIONALE + 10));
    expect(useAppStore.getState().rationales.logging).toHaveLength(MAX_RATIONALE);
    setRationale('logging', '');
    expect(useAppStore.getState().rationales).toEqual({});
  });

  it('does not read the same unreadable text again once it is set aside', async () => {
    await reloadFrom('{not json');
    expect(useAppStore.getState().notice?.key).toBe('storedStateSetAside');
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    useAppStore.getState().dismissNotice();
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().notice).toBeUndefined();
    expect(keptTexts()).toEqual(['{not json']);
  });

  it('keeps every set-aside text: a second one is added after the first, the same one once', async () => {
    await reloadFrom('{"state":');
    await reloadFrom('[1,2');
    await reloadFrom('{"state":');
    expect(keptTexts()).toEqual(['[1,2', '{"state":']);
  });

  it('keeps a set-aside value of an earlier format as text, beside the new one', async () => {
    const earlier = JSON.stringify({ savedAt: '2024-01-01T00:00:00.000Z', problems: [], state: { a: 1 } });
    localStorage.setItem(`${STORAGE_KEY}:set-aside`, earlier);
    await reloadFrom('{');
    expect(keptTexts()).toEqual([earlier, '{']);
  });
});
