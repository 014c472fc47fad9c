import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { profileSchema, type CategoryId, type OptionId, type Profile } from '../../src/domain/schemas';
import { rank } from '../../src/domain/scoring';
import {
  composeStack,
  conflictBetween,
  orchestratorOf,
  requiredRoles,
  whatIf,
  type Stack,
  type StackPick,
} from '../../src/domain/stack';

const kb = readKnowledge();
const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`preset ${id} is missing`);
  return found.profile;
};
const stackOf = (profile: Profile, pins = {}): Stack => {
  const outcome = composeStack(kb, profile, 'weighted', pins);
  if (!outcome.ok) throw new Error(`no stack: ${JSON.stringify(outcome.refusal)}`);
  return outcome.stack;
};
const pick = (stack: Stack, category: CategoryId) => stack.picks.find((p) => p.category === category)?.option;

describe('stack composition on the real knowledge base', () => {
  it.each(kb.presets.map((p) => p.id))('preset %s: no two picks (or pipeline members) conflict', (id) => {
    const { picks } = stackOf(preset(id));
    const options = picks.flatMap((p) => p.members.map((m) => m.option));
    for (const a of options)
      for (const b of options)
        if (a !== b) expect(conflictBetween(kb, preset(id).environment, a, b)).toBeUndefined();
  });

  it('a Swarm profile gets Swarm orchestration and a network that fits the CNM model', () => {
    const stack = stackOf(preset('swarm-shop'));
    const orchestration = pick(stack, 'orchestration');
    expect(orchestration && orchestratorOf(kb, orchestration)).toBe('swarm');
    const models = pick(stack, 'networking')?.pluginModels?.models ?? [];
    expect(models.some((m) => m === 'cnm' || m === 'docker')).toBe(true);
  });

  it('a Mesos profile gets Mesos orchestration and discovery that works on Mesos', () => {
    const profile = preset('mesos-shop');
    const stack = stackOf(profile);
    const orchestration = pick(stack, 'orchestration');
    expect(orchestration && orchestratorOf(kb, orchestration)).toBe('mesos');
    const discovery = pick(stack, 'service-discovery');
    expect(
      discovery && orchestration && conflictBetween(kb, profile.environment, discovery, orchestration),
    ).toBeUndefined();
    // Mesos-only discovery is refused on a Kubernetes stack, naming its requirement.
    const mesosDns = kb.optionById.get('mesos-dns');
    const kubernetes = kb.optionById.get('kubernetes');
    if (!mesosDns || !kubernetes) throw new Error('missing options');
    expect(conflictBetween(kb, {}, mesosDns, kubernetes)?.reason.en).toMatch(/Mesos/);
  });

  it('is optimal: no single switch to another feasible option gives a better compatible stack', () => {
    const profile = preset('private-dc-l2');
    const best = stackOf(profile);
    for (const p of best.picks) {
      for (const ranked of best.rankings.get(p.category)?.ranking ?? []) {
        const outcome = composeStack(kb, profile, 'weighted', { [p.category]: ranked.id });
        if (outcome.ok) expect(outcome.stack.total).toBeLessThanOrEqual(best.total + 1e-9);
      }
    }
  });

  it('prices each alternative as the best stack that holds it, and keeps pins', () => {
    const profile = preset('public-cloud-no-bgp');
    const best = stackOf(profile);
    const networking = best.picks.find((p) => p.category === 'networking');
    const alternative = networking?.alternatives[0];
    if (!alternative) throw new Error('expected an alternative');
    const pinned = stackOf(profile, { networking: alternative.id });
    expect(pick(pinned, 'networking')?.id).toBe(alternative.id);
    expect(pinned.picks.find((p) => p.category === 'networking')?.pinned).toBe(true);
    expect(pinned.total - best.total).toBeCloseTo(alternative.delta, 9);
    expect(alternative.delta).toBeLessThanOrEqual(0);
  });

  it('refuses an incompatible pin with the rule and its source', () => {
    const outcome = composeStack(kb, { version: 1, environment: {}, weights: {}, mustHave: [] }, 'weighted', {
      orchestration: 'kubernetes' as OptionId,
      networking: 'docker-overlay' as OptionId,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.refusal.kind).toBe('conflict');
    if (outcome.refusal.kind !== 'conflict') return;
    expect(outcome.refusal.conflict.reason.en).toMatch(/CNM/);
    expect(kb.sourceById.has(outcome.refusal.conflict.source.source)).toBe(true);
  });

  it('refuses a pin on an option the environment excludes, with its reasons', () => {
    const outcome = composeStack(kb, preset('public-cloud-no-bgp'), 'weighted', {
      networking: 'macvlan' as OptionId,
    });
    expect(!outcome.ok && outcome.refusal.kind).toBe('excluded');
  });

  it('re-optimises around a pin: pinning docker overlay picks a CNM orchestrator', () => {
    const stack = stackOf(
      { version: 1, environment: {}, weights: {}, mustHave: [] },
      { networking: 'docker-overlay' },
    );
    const orchestration = pick(stack, 'orchestration');
    expect(orchestration && orchestratorOf(kb, orchestration)).not.toBe('kubernetes');
  });
});

describe('logging and monitoring as pipelines on the real knowledge base', () => {
  const layer = (stack: Stack, category: CategoryId) => {
    const found = stack.picks.find((p) => p.category === category);
    if (!found) throw new Error(`no ${category} layer`);
    return found;
  };
  const complete = (pick: StackPick) => {
    const covered = new Set(pick.members.flatMap((m) => m.roles));
    const required = requiredRoles(kb, pick.category);
    return required !== undefined && required.every((role) => covered.has(role));
  };

  it('with only simplicity weighted, logging is a complete pipeline, never logspout alone', () => {
    const profile = profileSchema.parse({
      version: 1,
      environment: {},
      weights: { simplicity: 5 },
      mustHave: [],
    });
    // On its own logspout is the simplest logging option: the category ranking keeps saying so.
    expect(rank(kb, profile, { category: 'logging', method: 'weighted' }).ranking[0]?.id).toBe('logspout');
    for (const method of ['weighted', 'topsis'] as const) {
      const outcome = composeStack(kb, profile, method);
      if (!outcome.ok) throw new Error('no stack');
      const logging = layer(outcome.stack, 'logging');
      expect(complete(logging), method).toBe(true);
      expect(
        logging.members.map((m) => m.option.id),
        method,
      ).not.toEqual(['logspout']);
      for (const alternative of logging.alternatives)
        expect(
          alternative.members.map((m) => m.option.id),
          method,
        ).not.toEqual(['logspout']);
    }
  });

  it.each(kb.presets.map((p) => p.id))(
    'preset %s: logging and monitoring picks are complete, each value names its member',
    (id) => {
      const stack = stackOf(preset(id));
      for (const category of ['logging', 'monitoring'] as const) {
        const pick = layer(stack, category);
        expect(complete(pick), category).toBe(true);
        expect(pick.option).toBe(pick.members[0]?.option);
        const ids = pick.members.map((m) => m.option.id);
        for (const value of pick.pipeline?.values ?? []) expect(ids).toContain(value.member);
        const sum = (pick.pipeline?.values ?? []).reduce((s, v) => s + v.contribution, 0);
        expect(sum).toBeCloseTo(pick.score, 12);
      }
    },
  );

  it('a Swarm and a Mesos profile get compatible stacks with complete logging and monitoring', () => {
    for (const id of ['swarm-shop', 'mesos-shop']) {
      const stack = stackOf(preset(id));
      expect(complete(layer(stack, 'logging')), id).toBe(true);
      expect(complete(layer(stack, 'monitoring')), id).toBe(true);
    }
  });

  it('prices a logging alternative as the stack that pins its id', () => {
    const profile = preset('public-cloud-no-bgp');
    const best = stackOf(profile);
    const logging = layer(best, 'logging');
    expect(logging.alternatives.length).toBeGreaterThan(0);
    for (const alternative of logging.alternatives) {
      const pinned = layer(stackOf(profile, { logging: alternative.id }), 'logging');
      expect(pinned.members.map((m) => m.option.id)).toEqual(alternative.members.map((m) => m.option.id));
      expect(pinned.score).toBeCloseTo(alternative.score, 12);
    }
  });

  it('refuses a pin on a component that no complete pipeline can hold', () => {
    // Graphite stores and draws but collects nothing, and no monitoring option is a collector alone.
    const outcome = composeStack(kb, preset('public-cloud-no-bgp'), 'weighted', {
      monitoring: 'graphite' as OptionId,
    });
    expect(!outcome.ok && outcome.refusal.kind).toBe('unsatisfiable');
  });
});

describe('what-if', () => {
  it('says what BGP would change on a public cloud: the winner, the gain and what becomes feasible', () => {
    const profile = preset('public-cloud-no-bgp');
    const entry = whatIf(kb, profile, 'weighted', ['networking']).find(
      (w) => w.change['environment.bgp'] === true,
    );
    expect(entry?.newlyFeasible).toContain('calico-bgp');
    expect(entry?.scoreDelta).toBeGreaterThanOrEqual(0);
  });

  it('leaves out facts already true and changes that alter nothing', () => {
    const profile = preset('private-dc-bgp-performance');
    const entries = whatIf(kb, profile, 'weighted', ['networking']);
    expect(entries.some((w) => w.change['environment.bgp'] !== undefined)).toBe(
      profile.environment.bgp !== true,
    );
    const baseWinner = rank(kb, profile, { category: 'networking', method: 'weighted' }).ranking[0]?.id;
    for (const w of entries) {
      expect(w.winner !== baseWinner || w.newlyFeasible.length > 0 || Math.abs(w.scoreDelta) > 1e-9).toBe(
        true,
      );
    }
  });
});
