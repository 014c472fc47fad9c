import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { decisionData, recordContent, type RecordLayer } from '../../src/domain/decision';
import { profileSchema, type CategoryId, type OptionId, type Profile } from '../../src/domain/schemas';
import { rank } from '../../src/domain/scoring';
import { buildPipelines, composeStack, pipelineAcceptability, pipelineKey } from '../../src/domain/stack';

const kb = readKnowledge();
const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
const publicCloud: Profile = preset.profile;
const data = decisionData(kb, publicCloud, 'weighted');
const content = recordContent(kb, data);
const layer = (category: CategoryId, from = content.layers): RecordLayer => {
  const found = from.find((l) => l.decision.category === category);
  if (!found) throw new Error(`no ${category} layer`);
  return found;
};

describe('decision data', () => {
  it('samples the pipelines with the samples and seed the record uses', () => {
    const ranking = rank(kb, publicCloud, { category: 'logging', method: 'weighted' });
    const shares = pipelineAcceptability(kb, publicCloud, ranking, 300, 7);
    const logging = decisionData(kb, publicCloud, 'weighted', { samples: 300, seed: 7 }).categories.find(
      (d) => d.category === 'logging',
    );
    expect(logging?.pipelines?.map((p) => p.firstPlace)).toEqual(
      logging?.pipelines?.map((p) => shares?.get(p.key)),
    );
    expect(logging?.pipelines?.map((p) => p.firstPlace)).not.toEqual(
      data.categories.find((d) => d.category === 'logging')?.pipelines?.map((p) => p.firstPlace),
    );
  });

  it('when the choices clash, chooses the best pipeline that holds the choice', () => {
    const open = profileSchema.parse({
      version: 1,
      includeUnmaintained: true,
      choices: { orchestration: 'kubernetes', 'service-discovery': 'marathon-lb', logging: 'fluentd' },
    });
    const own = rank(kb, open, { category: 'logging', method: 'weighted' });
    const best = (buildPipelines(kb, open, own) ?? []).find((p) =>
      p.members.some((m) => m.option.id === 'fluentd'),
    );
    const outcome = composeStack(kb, open, 'weighted');
    const unpinned = outcome.ok ? outcome.stack.picks.find((p) => p.category === 'logging') : undefined;
    if (!best || !unpinned) throw new Error('no logging pipeline with fluentd');
    // The stack composed without the choices does not hold fluentd: the record must not take its pick.
    expect(unpinned.members.some((m) => m.option.id === 'fluentd')).toBe(false);
    const opened = decisionData(kb, open, 'weighted');
    expect(opened.clash?.kind).toBeDefined();
    const chosen = opened.categories.find((d) => d.category === 'logging')?.chosen;
    expect(chosen?.key).toBe(pipelineKey(best));
    expect(chosen?.origin).toBe('choice');
  });
});

describe('record content', () => {
  it('covers the layers the stack fills, in knowledge-base order, or only those asked for', () => {
    expect(content.layers.map((l) => l.decision.category)).toEqual(data.stackCategories);
    const order = kb.categories.map((c) => c.id).filter((id) => data.stackCategories.includes(id));
    expect(data.stackCategories).toEqual(order);
    const asked = recordContent(kb, data, { categories: ['logging', 'networking'] });
    expect(asked.layers.map((l) => l.decision.category)).toEqual(['networking', 'logging']);
  });

  it.each([
    [{}, 'proposed', undefined],
    [{ status: 'accepted' as const }, 'accepted', undefined],
    [{ status: 'superseded' as const }, 'superseded', undefined],
    [{ status: 'superseded' as const, supersededBy: '   ' }, 'superseded', undefined],
    [{ status: 'superseded' as const, supersededBy: ' ADR-0007 ' }, 'superseded', 'ADR-0007'],
    [{ status: 'proposed' as const, supersededBy: 'ADR-0007' }, 'proposed', undefined],
  ])('status %j', (settings, status, by) => {
    const c = recordContent(kb, data, settings);
    expect([c.status, c.supersededBy]).toEqual([status, by]);
  });

  it("keeps the team's rationale trimmed, and none when it is blank", () => {
    const c = recordContent(kb, data, {
      rationales: { networking: '  Our SREs run it.\n', logging: ' \n ' },
    });
    expect(layer('networking', c.layers).rationale).toBe('Our SREs run it.');
    expect(layer('logging', c.layers).rationale).toBeUndefined();
    expect(layer('orchestration', c.layers).rationale).toBeUndefined();
  });

  it('compares options, or for logging and monitoring pipelines, with one chosen row and its distances', () => {
    for (const l of content.layers) {
      const d = l.decision;
      expect(l.rows.map((r) => r.key)).toEqual((d.pipelines ?? d.considered).map((o) => o.key));
      expect(l.rows.filter((r) => r.chosen).map((r) => r.key)).toEqual([d.chosen?.key]);
      for (const r of l.rows) {
        expect(r.delta).toBeCloseTo(r.score - (d.chosen?.score ?? 0), 12);
        expect(r.top.length).toBe(Math.min(3, d.ranking.criteria.length));
        expect(r.top.map((c) => c.value)).toEqual([...r.top.map((c) => c.value)].sort((a, b) => b - a));
      }
    }
    expect(layer('logging').decision.pipelines).toBeDefined();
    expect(layer('logging').rows.some((r) => r.members.length > 1)).toBe(true);
    expect(layer('networking').place).toEqual({
      rank: layer('networking').decision.chosen?.rank,
      of: layer('networking').decision.considered.length,
      among: 'options',
    });
    expect(layer('logging').place?.among).toBe('pipelines');
  });

  it('states how sure each choice is from the sampled ranks', () => {
    const networking = layer('networking');
    const sampled = networking.decision.chosen?.confidence;
    if (sampled?.kind !== 'option') throw new Error('networking is no option layer');
    expect(networking.confidence).toEqual({
      kind: 'option',
      first: sampled.ranks[0],
      topThree: sampled.ranks.reduce((a, b) => a + b, 0),
      range: sampled.range,
    });
    const logging = layer('logging');
    expect(logging.confidence).toEqual({
      kind: 'pipeline',
      first: logging.rows.find((r) => r.chosen)?.firstPlace,
    });
  });

  it('gives drivers, lifecycle, exclusions and assumptions as the engine has them', () => {
    const networking = layer('networking');
    const ranking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });
    expect(networking.weights?.map((w) => w.weight)).toEqual(
      ranking.criteria.map((c) => c.weight).sort((a, b) => b - a),
    );
    expect(networking.mustHave.map((c) => c.id)).toEqual(
      (kb.criteriaByCategory.get('networking') ?? [])
        .map((c) => c.id)
        .filter((id) => publicCloud.mustHave.includes(id)),
    );
    expect(networking.mustHave.length).toBeGreaterThan(0);
    expect(networking.lifecycle).toEqual(
      networking.decision.chosen?.members.map((option) => ({ option, status: option.status })),
    );
    expect(networking.excluded.map((o) => o.id)).toContain('macvlan' as OptionId);
    expect(networking.assumptions).toEqual(ranking.assumptions);
  });

  it('has no weights when none is set (all criteria count equally)', () => {
    const blank = decisionData(kb, profileSchema.parse({ version: 1 }), 'topsis');
    expect(recordContent(kb, blank, { categories: ['networking'] }).layers[0]?.weights).toBeUndefined();
  });

  it('keeps the compatibility rules that touch a chosen option of a covered layer', () => {
    const chosen = new Set(content.layers.flatMap((l) => l.decision.chosen?.members.map((m) => m.id) ?? []));
    for (const c of content.conflicts) expect(c.ids.some((id) => chosen.has(id as OptionId))).toBe(true);
    expect(recordContent(kb, data, { categories: [] }).conflicts).toEqual([]);
  });
});
