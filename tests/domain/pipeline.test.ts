import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, type RawFile } from '../../src/domain/knowledge';
import { rank, scoreWith, type Method } from '../../src/domain/scoring';
import { profileSchema, type OptionId, type Profile } from '../../src/domain/schemas';
import { buildPipelines, composeStack, requiredRoles, type Pipeline } from '../../src/domain/stack';
import { knowledgeFiles, makeCriterion, makeOption, profile, ref, text } from './builders';

// A small logging category: complete = collect + store + search + visualise. Shared criteria
// (simplicity, maturity) have no role; the others measure one.
const criteria = [
  makeCriterion('simplicity', { categories: ['logging'] }),
  makeCriterion('maturity', { categories: ['logging'] }),
  makeCriterion('logCollection', { categories: ['logging'], kind: 'capability', pipelineRole: 'collect' }),
  makeCriterion('fullTextSearch', { categories: ['logging'], kind: 'capability', pipelineRole: 'search' }),
  makeCriterion('logAlerting', { categories: ['logging'], kind: 'capability', pipelineRole: 'alert' }),
];

const log = (
  id: string,
  roles: string[],
  [simplicity, maturity, logCollection, fullTextSearch, logAlerting]: number[],
  over: Record<string, unknown> = {},
) =>
  makeOption(
    id,
    { simplicity, maturity, logCollection, fullTextSearch, logAlerting } as Record<string, number>,
    { category: 'logging', provides: { roles, source: ref }, ...over },
  );

const archived = { status: { state: 'archived', note: text('archived'), source: ref } };
const options = [
  log('full', ['collect', 'ship', 'store', 'search', 'visualise', 'alert'], [2, 4, 3, 4, 3]),
  log('agent', ['collect', 'ship'], [4, 3, 1, 0, 0]),
  log('lean-agent', ['collect'], [3, 1, 4, 0, 2]),
  log('backend', ['store', 'search', 'visualise', 'alert'], [2, 4, 4, 2, 4]),
  log('db', ['store', 'search'], [3, 4, 0, 4, 0]),
  log('ui', ['visualise'], [4, 4, 0, 1, 1]),
  log('shipper', ['ship'], [4, 4, 2, 0, 0]),
  log('old-agent', ['collect', 'ship'], [4, 4, 4, 0, 0], archived),
];

function files(list: { id: string; category?: string }[] = options): RawFile[] {
  const all = knowledgeFiles(criteria, list);
  const criteriaFile = all[0]?.data as { categories: unknown[] };
  criteriaFile.categories.push({
    id: 'logging',
    name: text('Logging'),
    description: text('logs'),
    pipeline: { roles: ['collect', 'store', 'search', 'visualise'], note: text('complete'), source: ref },
  });
  return all;
}
const kb = loadKnowledge(files());
const P = (over: Record<string, unknown> = {}): Profile => profileSchema.parse(profile(over));
const pipelinesFor = (p: Profile, method: Method = 'weighted'): Pipeline[] =>
  buildPipelines(kb, p, rank(kb, p, { category: 'logging', method })) ?? [];
const keys = (pipelines: readonly Pipeline[]) =>
  pipelines.map((p) => p.members.map((m) => m.option.id).join('+')).sort();
const find = (pipelines: readonly Pipeline[], key: string) => {
  const found = pipelines.find((p) => p.members.map((m) => m.option.id).join('+') === key);
  if (!found) throw new Error(`no pipeline ${key}`);
  return found;
};

describe('pipelines: which sets of options make one', () => {
  const all = pipelinesFor(P());

  it('is a complete option alone or components that cover every required role, none redundant', () => {
    expect(keys(all)).toEqual([
      'agent+db+ui',
      'backend+agent',
      'backend+lean-agent',
      'db+lean-agent+ui',
      'full',
    ]);
  });

  it.each(all.map((p) => [p.members.map((m) => m.option.id).join('+'), p] as const))(
    '%s covers collect, store, search and visualise, and loses a role without any member',
    (_key, pipeline) => {
      const required = requiredRoles(kb, 'logging') ?? [];
      const covered = (members: typeof pipeline.members) => new Set(members.flatMap((m) => m.roles));
      for (const role of required) expect(covered(pipeline.members).has(role)).toBe(true);
      if (pipeline.members.length === 1) return;
      pipeline.members.forEach((_, i) => {
        const rest = covered(pipeline.members.filter((__, j) => j !== i));
        expect(required.every((role) => rest.has(role))).toBe(false);
      });
    },
  );

  it('never lets a component stand alone, nor a member the others make redundant', () => {
    for (const p of all) {
      if (p.members.length === 1) expect(p.members[0]?.option.id).toBe('full');
      expect(p.members.map((m) => m.option.id)).not.toContain('shipper');
    }
    // backend already visualises: ui never joins it.
    expect(keys(all).filter((k) => k.includes('backend') && k.includes('ui'))).toEqual([]);
  });

  it('leads with the member that fills the most roles', () => {
    expect(find(all, 'backend+agent').members.map((m) => m.option.id)).toEqual(['backend', 'agent']);
  });

  it('leaves out every pipeline with a member the lifecycle excludes, and takes it in when allowed', () => {
    expect(keys(all).some((k) => k.includes('old-agent'))).toBe(false);
    expect(keys(pipelinesFor(P({ includeUnmaintained: true })))).toContain('backend+old-agent');
  });

  it('is undefined for a category without a pipeline', () => {
    const p = P();
    expect(
      buildPipelines(kb, p, rank(kb, p, { category: 'networking', method: 'weighted' })),
    ).toBeUndefined();
  });
});

describe('pipelines: scores from combined values', () => {
  const weights = { simplicity: 2, maturity: 1, logCollection: 3, fullTextSearch: 4, logAlerting: 1 };
  const all = pipelinesFor(P({ weights }));
  const value = (p: Pipeline, criterion: string) => p.values.find((v) => v.criterion === criterion);

  it('takes a shared criterion from the weakest member, and says which', () => {
    const p = find(all, 'backend+agent');
    expect(value(p, 'simplicity')).toMatchObject({ member: 'backend', rule: 'weakest', level: 2 });
    expect(value(p, 'maturity')).toMatchObject({ member: 'agent', rule: 'weakest', level: 3 });
  });

  it('takes a role criterion from the member filling the role, even when another member rates higher', () => {
    const p = find(all, 'backend+agent');
    // backend rates 4 on collection but does not collect here: the agent's 1 counts.
    expect(value(p, 'logCollection')).toMatchObject({
      member: 'agent',
      rule: 'role',
      role: 'collect',
      level: 1,
    });
    expect(value(p, 'fullTextSearch')).toMatchObject({ member: 'backend', rule: 'role', level: 2 });
    expect(value(find(all, 'agent+db+ui'), 'fullTextSearch')).toMatchObject({ member: 'db', level: 4 });
  });

  it('takes the best member on its own when no member fills the role', () => {
    const p = find(all, 'db+lean-agent+ui');
    expect(value(p, 'logAlerting')).toMatchObject({ member: 'lean-agent', rule: 'best', level: 2 });
  });

  it.each<Method>(['weighted', 'topsis'])(
    'scores exactly with the method over those values (%s)',
    (method) => {
      const p = find(pipelinesFor(P({ weights }), method), 'backend+agent');
      // backend's simplicity, agent's maturity and collection, backend's search and alerting.
      const levels: Record<string, number> = {
        simplicity: 200,
        maturity: 300,
        logCollection: 100,
        fullTextSearch: 200,
        logAlerting: 400,
      };
      const w = weights as Record<string, number>;
      const expected = scoreWith[method](
        p.values.map((v) => w[v.criterion] as number),
        p.values.map((v) => levels[v.criterion] as number),
      );
      expect(p.score).toBe(expected.score);
      expect(p.values.map((v) => v.contribution)).toEqual(expected.contributions);
    },
  );

  it('gives a complete option alone exactly its score in the ranking', () => {
    const ranking = rank(kb, P({ weights }), { category: 'logging', method: 'weighted' });
    expect(find(all, 'full').score).toBe(ranking.ranking.find((o) => o.id === 'full')?.score);
  });

  it('sorts best first', () => {
    for (let i = 1; i < all.length; i += 1)
      expect((all[i - 1] as Pipeline).score).toBeGreaterThanOrEqual((all[i] as Pipeline).score);
  });
});

describe('pipelines: must-haves are judged on the pipeline', () => {
  it('keeps a component that fails a must-have another member supplies', () => {
    const p = P({ mustHave: ['fullTextSearch'] });
    expect(rank(kb, p, { category: 'logging', method: 'weighted' }).excluded.map((e) => e.id)).toContain(
      'agent',
    );
    // backend's own search (2) is below the threshold: with it, no pipeline passes.
    expect(keys(pipelinesFor(p))).toEqual(['agent+db+ui', 'db+lean-agent+ui', 'full']);
  });

  it('drops every pipeline whose member fails a shared must-have', () => {
    // lean-agent's maturity is 1: no pipeline with it is mature.
    expect(keys(pipelinesFor(P({ mustHave: ['maturity'] })))).toEqual([
      'agent+db+ui',
      'backend+agent',
      'full',
    ]);
  });
});

describe('the stack composes pipelines', () => {
  const stackOf = (p: Profile, pins = {}) => {
    const outcome = composeStack(kb, p, 'weighted', pins);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.refusal));
    return outcome.stack;
  };
  const logging = (p: Profile, pins = {}) => stackOf(p, pins).picks.find((x) => x.category === 'logging');

  it('never picks a component alone, although it ranks first on its own', () => {
    const p = P({ weights: { simplicity: 5 } });
    expect(rank(kb, p, { category: 'logging', method: 'weighted' }).ranking[0]?.id).toBe('agent');
    const pick = logging(p);
    // The weakest member sets simplicity: agent + db + ui (3) beats backend + agent (2).
    expect(pick?.members.map((m) => m.option.id)).toEqual(['agent', 'db', 'ui']);
    expect(pick?.option.id).toBe('agent');
    expect(pick?.pipeline?.values[0]).toMatchObject({ criterion: 'simplicity', rule: 'weakest' });
  });

  it('holds a pinned component to the pipelines that contain it', () => {
    const pick = logging(P({ weights: { simplicity: 5 } }), { logging: 'agent' });
    expect(pick?.members.map((m) => m.option.id)).toContain('agent');
    expect(pick?.pinned).toBe(true);
  });

  it('refuses a pin on an option no complete pipeline can hold, and one the lifecycle excludes', () => {
    const shipper = composeStack(kb, P(), 'weighted', { logging: 'shipper' as OptionId });
    expect(!shipper.ok && shipper.refusal.kind).toBe('unsatisfiable');
    const old = composeStack(kb, P(), 'weighted', { logging: 'old-agent' as OptionId });
    expect(!old.ok && old.refusal.kind).toBe('excluded');
  });

  it('names each alternative by an option whose pin gives exactly that pipeline and its delta', () => {
    const p = P({ weights: { simplicity: 2, logCollection: 3, fullTextSearch: 4 } });
    const best = stackOf(p);
    const pick = best.picks.find((x) => x.category === 'logging');
    expect(pick?.alternatives.length).toBeGreaterThan(0);
    for (const alternative of pick?.alternatives ?? []) {
      const pinned = stackOf(p, { logging: alternative.id });
      const layer = pinned.picks.find((x) => x.category === 'logging');
      expect(layer?.members.map((m) => m.option.id)).toEqual(alternative.members.map((m) => m.option.id));
      expect(pinned.total - best.total).toBeCloseTo(alternative.delta, 9);
      expect(alternative.delta).toBeLessThanOrEqual(0);
    }
  });
});

describe('pipeline roles in the knowledge base', () => {
  const problemsOf = (list: { id: string; category?: string }[]): string[] => {
    try {
      loadKnowledge(files(list));
    } catch (error) {
      if (error instanceof KnowledgeError) return [...error.problems];
      throw error;
    }
    return [];
  };

  it('requires roles on every option of a pipeline category and forbids them elsewhere', () => {
    const withoutRoles: Record<string, unknown> = log('bare', ['collect'], [1, 1, 1, 1, 1]);
    delete withoutRoles.provides;
    const network = makeOption('net', {}, { provides: { roles: ['collect'], source: ref } });
    expect(problemsOf([withoutRoles as { id: string }, network])).toEqual([
      'data/solutions/logging/bare.json: provides: missing (every logging option names its pipeline roles)',
      'data/solutions/networking/net.json: provides: only options of a category with a pipeline fill pipeline roles',
    ]);
  });
});
