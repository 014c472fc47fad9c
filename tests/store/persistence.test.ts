import { describe, expect, it } from 'vitest';
import { MAX_RATIONALE } from '../../src/domain/decision';
import { CORRUPT_KEY, STORAGE_KEY, STORAGE_VERSION, useAppStore } from '../../src/store';

const stored = (state: unknown, version = STORAGE_VERSION) =>
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ state, version }));
const valid = {
  environment: { bgp: false, kernel: '4.19' },
  weights: { throughput: 5 },
  mustHave: ['crossHost'],
  method: 'topsis',
  compared: ['calico-ipip'],
  language: 'ru',
  theme: 'dark',
};

describe('persisted profile', () => {
  it('restores a valid stored state', async () => {
    stored(valid);
    await useAppStore.persist.rehydrate();
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
    stored(Object.fromEntries(Object.entries(valid).filter(([key]) => key !== 'theme')), 0);
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().theme).toBe('system');
    expect(useAppStore.getState().weights).toEqual({ throughput: 5 });
  });

  it('sets a corrupt state aside with a notice and keeps the defaults', async () => {
    useAppStore.getState().setWeight('latency' as never, 3);
    stored({ ...valid, weights: { throughput: 'high' } });
    await useAppStore.persist.rehydrate();
    const s = useAppStore.getState();
    expect(s.weights).toEqual({ latency: 3 });
    expect(s.notice?.key).toBe('storedStateSetAside');
    expect(s.notice?.details).toEqual([
      'weights.throughput: Invalid input: expected number, received string (value: "high")',
    ]);
    const aside = JSON.parse(localStorage.getItem(CORRUPT_KEY) ?? '{}') as { state: unknown };
    expect(aside.state).toEqual({ ...valid, weights: { throughput: 'high' } });
  });

  it('restores the decision record input, and defaults it for states stored before it', async () => {
    stored({
      ...valid,
      rationales: { networking: 'We run it already.' },
      recordStatus: 'superseded',
      supersededBy: 'ADR-0009',
    });
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState()).toMatchObject({
      rationales: { networking: 'We run it already.' },
      recordStatus: 'superseded',
      supersededBy: 'ADR-0009',
    });
    stored(valid);
    useAppStore.setState({ rationales: {}, recordStatus: 'proposed', supersededBy: undefined });
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState()).toMatchObject({
      rationales: {},
      recordStatus: 'proposed',
      supersededBy: undefined,
    });
    expect(useAppStore.getState().notice).toBeUndefined();
  });

  it('sets aside a stored rationale beyond the limit and says where', async () => {
    stored({ ...valid, rationales: { networking: 'x'.repeat(MAX_RATIONALE + 1) } });
    await useAppStore.persist.rehydrate();
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

  it('treats unparsable storage as absent rather than crashing', async () => {
    localStorage.setItem(STORAGE_KEY, '{not json');
    await expect(useAppStore.persist.rehydrate()).resolves.toBeUndefined();
    expect(useAppStore.getState().environment).toEqual({});
  });
});
