import { describe, expect, it } from 'vitest';
import type { CriterionId, Environment, Profile } from '../../../src/domain/schemas';
import { rank } from '../../../src/domain/scoring';
import { toEvidenceRows } from '../../../src/features/results/evidence';
import { kb } from '../../ui/render-app';

function flannelVxlanThroughput(environment: Environment) {
  const ranking = rank(
    kb,
    {
      version: 1,
      environment,
      weights: { throughput: 5, simplicity: 2 } as Profile['weights'],
      mustHave: [],
    },
    { category: 'networking', method: 'weighted' },
  );
  const option = ranking.ranking.find((o) => o.id === 'flannel-vxlan');
  if (!option) throw new Error('flannel-vxlan is not ranked');
  const rows = toEvidenceRows(kb, option, ranking.criteria);
  const row = rows.find((r) => r.criterion === 'throughput');
  if (!row) throw new Error('no throughput row');
  return { row, option, index: ranking.criteria.findIndex((c) => c.criterion === 'throughput') };
}

describe('toEvidenceRows', () => {
  it('reports the unknown key when the base value stands in for an environment-dependent one', () => {
    const { row, option, index } = flannelVxlanThroughput({});
    expect(row.condition).toBeUndefined();
    expect(row.unknownKeys).toContain('udpOffload');
    expect(row.level).toBe(option.levels[index]);
    expect(row.contribution).toBe(option.contributions[index]);
  });

  it('names the condition that applied, with the level the engine scored', () => {
    const { row, option, index } = flannelVxlanThroughput({ udpOffload: true, l2: false });
    expect(row.condition).toEqual({ udpOffload: true });
    expect(row.unknownKeys).toEqual([]);
    expect(row.level).toBe(option.levels[index]);
    expect(row.resolved?.level).toBe(option.cells[index]?.judged);
  });

  it('uses the base value silently when the condition is known not to hold', () => {
    const { row } = flannelVxlanThroughput({ udpOffload: false, l2: false });
    expect(row.condition).toBeUndefined();
    expect(row.unknownKeys).toEqual([]);
    expect(row.resolved?.source).toEqual(
      kb.optionById.get('flannel-vxlan')?.values['throughput' as CriterionId]?.source,
    );
  });
});
