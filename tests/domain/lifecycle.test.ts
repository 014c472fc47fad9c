import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { maintenanceStateNames } from '../../src/words';
import { rank, type Method } from '../../src/domain/scoring';
import { describeReason } from '../../src/words';
import {
  maintenanceStates,
  profileSchema,
  unmaintainedStates,
  type CategoryId,
  type MaintenanceState,
} from '../../src/domain/schemas';
import { makeCriterion, makeKnowledge, makeOption, profile, text } from './builders';

const P = (over: Record<string, unknown> = {}) => profileSchema.parse(profile(over));
const ids = (r: { id: string }[]) => r.map((o) => o.id);

const status = (state: MaintenanceState) => ({
  state,
  asOf: '2024-06',
  note: text(`${state} upstream`),
  source: { source: 'test-source', section: `${state} banner` },
});

describe('lifecycle (builder knowledge base)', () => {
  const kb = makeKnowledge(
    [makeCriterion('throughput')],
    maintenanceStates.map((state) =>
      makeOption(`opt-${state}`, { throughput: 2 }, { status: status(state) }),
    ),
  );
  const run = (over: Record<string, unknown> = {}, method: Method = 'weighted') =>
    rank(kb, P({ weights: { throughput: 1 }, ...over }), { category: 'networking', method });

  it.each<[string, Record<string, unknown>]>([
    ['by default', {}],
    ['with includeUnmaintained: false', { includeUnmaintained: false }],
  ])('%s, archived, retired and removed projects are excluded', (_name, over) => {
    const result = run(over);
    expect(ids(result.excluded).sort()).toEqual(unmaintainedStates.map((s) => `opt-${s}`).sort());
    expect(ids(result.ranking).sort()).toEqual(
      ['active', 'deprecated', 'inactive', 'maintenance'].map((s) => `opt-${s}`),
    );
  });

  it.each<MaintenanceState>([...unmaintainedStates])(
    '%s: the reason is of kind lifecycle and names the state and its source',
    (state) => {
      const excluded = run().excluded.find((o) => o.id === `opt-${state}`);
      expect(excluded?.reasons).toHaveLength(1);
      const reason = excluded?.reasons[0];
      expect(reason).toMatchObject({ kind: 'lifecycle', state, asOf: '2024-06' });
      const line = reason ? describeReason(kb, reason) : '';
      expect(line).toContain(maintenanceStateNames.en[state]);
      expect(line).toContain('2024-06');
      expect(line).toContain(`${state} upstream`);
      expect(line).toContain(`Test source (2024), ${state} banner`);
      const zh = reason ? describeReason(kb, reason, 'zh') : '';
      expect(zh).toContain(maintenanceStateNames.zh[state]);
    },
  );

  it.each<Method>(['weighted', 'topsis'])('%s: includeUnmaintained brings them back, scored', (method) => {
    const result = run({ includeUnmaintained: true }, method);
    expect(result.excluded).toEqual([]);
    expect(ids(result.ranking).sort()).toEqual(maintenanceStates.map((s) => `opt-${s}`).sort());
  });

  it('ranked options carry their state', () => {
    const byId = new Map<string, string>(
      run({ includeUnmaintained: true }).ranking.map((o) => [o.id, o.state]),
    );
    for (const state of maintenanceStates) expect(byId.get(`opt-${state}`)).toBe(state);
  });

  it('an environment exclusion and the lifecycle are both reported', () => {
    const kb2 = makeKnowledge(
      [makeCriterion('throughput')],
      [
        makeOption(
          'old-l2',
          { throughput: 2 },
          {
            status: status('archived'),
            requires: [
              { anyOf: [{ l2: true }], reason: text('needs L2'), source: status('archived').source },
            ],
          },
        ),
      ],
    );
    const result = rank(kb2, P({ environment: { l2: false } }), {
      category: 'networking',
      method: 'weighted',
    });
    expect(result.excluded[0]?.reasons.map((r) => r.kind).sort()).toEqual(['environment', 'lifecycle']);
  });
});

describe('lifecycle on the real knowledge base', () => {
  const kb = readKnowledge();
  const run = (category: CategoryId, includeUnmaintained?: boolean) =>
    rank(kb, P({ ...(includeUnmaintained !== undefined && { includeUnmaintained }) }), {
      category,
      method: 'weighted',
    });

  it.each<[CategoryId, string[]]>([
    ['networking', ['weave-sleeve', 'weave-fastdp']],
    ['storage', ['aufs', 'devicemapper']],
  ])('%s: %j excluded by default, naming the state and the source', (category, expected) => {
    const result = run(category);
    for (const id of expected) {
      expect(ids(result.ranking), id).not.toContain(id);
      const option = kb.optionById.get(id);
      const reason = result.excluded.find((o) => o.id === id)?.reasons.find((r) => r.kind === 'lifecycle');
      expect(reason, id).toBeDefined();
      const line = reason ? describeReason(kb, reason) : '';
      expect(line).toContain(maintenanceStateNames.en[option?.status.state ?? 'active']);
      const title = kb.sourceById.get(option?.status.source.source ?? '')?.title ?? '<no title>';
      expect(line).toContain(title);
    }
    const all = run(category, true);
    for (const id of expected) expect(ids(all.ranking), id).toContain(id);
  });

  it('every ranked option is maintained unless the profile asks for all, and inactive ones stay', () => {
    for (const category of kb.categories.map((c) => c.id)) {
      for (const option of run(category).ranking) {
        expect(unmaintainedStates, option.id).not.toContain(option.state);
        expect(option.state).toBe(kb.optionById.get(option.id)?.status.state);
      }
    }
    const networking = run('networking');
    expect(networking.ranking.find((o) => o.id === 'pipework')?.state).toBe('inactive');
    expect(run('security').ranking.find((o) => o.id === 'notary')?.state).toBe('deprecated');
  });
});
