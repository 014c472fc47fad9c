import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { Profile } from '../../src/domain/schemas';
import { rank } from '../../src/domain/scoring';
import { buildPipelines, composeStack, pipelineAcceptability, pipelineKey } from '../../src/domain/stack';

const kb = readKnowledge();
const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`preset ${id} is missing`);
  return found.profile;
};

describe('confidence of a pipeline pick', () => {
  it.each(kb.presets.map((p) => p.id))('preset %s: shares over pipelines add up to one', (id) => {
    const profile = preset(id);
    const ranking = rank(kb, profile, { category: 'logging', method: 'weighted' });
    const shares = pipelineAcceptability(kb, profile, ranking, 500, 7);
    const pipelines = buildPipelines(kb, profile, ranking) ?? [];
    expect(shares?.size).toBe(pipelines.length);
    const total = [...(shares?.values() ?? [])].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 6);
  });

  it('the stack’s logging pipeline is the one that wins most weight draws when it leads clearly', () => {
    const profile = preset('private-dc-l2');
    const outcome = composeStack(kb, profile, 'weighted');
    if (!outcome.ok) throw new Error('no stack');
    const pick = outcome.stack.picks.find((p) => p.category === 'logging');
    const ranking = outcome.stack.rankings.get('logging');
    if (!pick?.pipeline || !ranking) throw new Error('no logging pipeline');
    const shares = pipelineAcceptability(kb, profile, ranking, 2000, 1);
    const best = [...(shares ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0];
    const own = shares?.get(pipelineKey(pick.pipeline)) ?? 0;
    // The exact winner need not win every draw, but no other pipeline may win clearly more often.
    expect(own).toBeGreaterThan(0);
    expect((best?.[1] ?? 0) - own).toBeLessThan(0.25);
  });

  it('is the same for the same seed, and only for logging and monitoring', () => {
    const profile = preset('swarm-shop');
    const ranking = rank(kb, profile, { category: 'monitoring', method: 'weighted' });
    expect(pipelineAcceptability(kb, profile, ranking, 300, 3)).toEqual(
      pipelineAcceptability(kb, profile, ranking, 300, 3),
    );
    const networking = rank(kb, profile, { category: 'networking', method: 'weighted' });
    expect(pipelineAcceptability(kb, profile, networking, 300, 3)).toBeUndefined();
  });
});
