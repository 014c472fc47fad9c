import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { rank, type Ranking } from '../../src/domain/scoring';
import { languages, profileSchema, type CriterionId } from '../../src/domain/schemas';
import { describeReason } from '../../src/words';

// The registry criterion `pullThroughCache` (data/criteria.json), added by following the checklist
// "Add a criterion" in docs/architecture.md, checked end to end on the real knowledge base: the
// values decide must-have exclusions and move options when weighted. Expectations are derived from
// the levels in data/solutions/registry/*.json, so re-judging a level does not break this file.
const kb = readKnowledge();
const ID = 'pullThroughCache' as CriterionId;
const methods = ['weighted', 'topsis'] as const;

const criterion = kb.criterionById.get(ID);
const options = kb.optionsByCategory.get('registry') ?? [];
const levelOf = (id: string): number => {
  const value = kb.optionById.get(id)?.values[ID];
  if (!value) throw new Error(`${id}: no ${ID} value`);
  return value.level;
};
const satisfiedAt = criterion?.satisfiedAt ?? NaN;
const passing = options.filter((o) => levelOf(o.id) >= satisfiedAt).map((o) => o.id);
const failing = options.filter((o) => levelOf(o.id) < satisfiedAt).map((o) => o.id);

function ranked(
  weights: Record<string, number>,
  mustHave: string[],
  method: (typeof methods)[number],
): Ranking {
  const profile = profileSchema.parse({ version: 1, environment: {}, weights, mustHave });
  return rank(kb, profile, { category: 'registry', method });
}
const score = (result: Ranking, id: string) => result.ranking.find((o) => o.id === id)?.score ?? NaN;

describe('pullThroughCache in the knowledge base', () => {
  it('is a registry capability, named and explained in every language', () => {
    expect(criterion).toBeDefined();
    expect(criterion?.categories).toEqual(['registry']);
    expect(criterion?.kind).toBe('capability');
    expect(satisfiedAt).toBeGreaterThanOrEqual(1);
    for (const language of languages) {
      expect(criterion?.name[language], language).toMatch(/\S/);
      expect(criterion?.meaning[language], language).toMatch(/\S/);
    }
    expect(kb.criteriaByCategory.get('registry')?.map((c) => c.id)).toContain(ID);
  });

  it('has a sourced, quoted, unconditional value for every registry option', () => {
    expect(options.length).toBeGreaterThanOrEqual(2);
    for (const option of options) {
      const value = option.values[ID];
      expect(value, option.id).toBeDefined();
      expect(kb.sourceById.has(value?.source.source ?? ''), option.id).toBe(true);
      expect(value?.source.quote, option.id).toMatch(/\S/);
      expect(value?.when, option.id).toBeUndefined();
      for (const language of languages) expect(value?.note?.[language], option.id).toMatch(/\S/);
    }
  });

  it('separates the options: some have it, some do not', () => {
    expect(passing.length).toBeGreaterThan(0);
    expect(failing.length).toBeGreaterThan(0);
  });
});

describe('pullThroughCache as a must-have', () => {
  it.each(methods)('excludes exactly the options below satisfiedAt, naming the criterion (%s)', (method) => {
    const result = ranked({ simplicity: 3, maturity: 3 }, [ID], method);
    expect(result.ranking.map((o) => o.id).sort()).toEqual([...passing].sort());
    expect(result.excluded.map((o) => o.id).sort()).toEqual([...failing].sort());
    for (const excluded of result.excluded) {
      const reason = excluded.reasons.find((r) => r.kind === 'mustHave');
      expect(reason, excluded.id).toEqual(
        expect.objectContaining({
          kind: 'mustHave',
          criterion: ID,
          level: levelOf(excluded.id),
          required: satisfiedAt,
        }),
      );
      if (!reason) continue;
      // The source cited is the option's own value for the criterion.
      expect(reason.source).toEqual(kb.optionById.get(excluded.id)?.values[ID]?.source);
      expect(describeReason(kb, reason, 'en')).toContain(criterion?.name.en ?? ID);
      expect(describeReason(kb, reason, 'zh')).toContain(criterion?.name.zh ?? ID);
      expect(describeReason(kb, reason, 'ru')).toContain(criterion?.name.ru ?? ID);
    }
  });
});

describe('pullThroughCache weighted high', () => {
  it.each(methods)('ranks the options in the order of their levels when it alone counts (%s)', (method) => {
    const result = ranked({ [ID]: 5 }, [], method);
    const levels = result.ranking.map((o) => levelOf(o.id));
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
  });

  // Baselines: each other registry criterion at a modest weight. Where one of them puts an option
  // lacking the cache level with or ahead of one that has it, weighting pullThroughCache high must
  // put the one with the cache strictly ahead.
  const others = (kb.criteriaByCategory.get('registry') ?? []).map((c) => c.id).filter((id) => id !== ID);

  it.each(methods)('moves an option that has it above one that does not (%s)', (method) => {
    let moved = 0;
    for (const other of others) {
      const before = ranked({ [other]: 2 }, [], method);
      const after = ranked({ [other]: 2, [ID]: 5 }, [], method);
      for (const a of passing) {
        for (const b of failing) {
          if (score(before, b) >= score(before, a)) moved += 1;
          expect(score(after, a), `${a} > ${b} with ${other}: 2, ${ID}: 5 (${method})`).toBeGreaterThan(
            score(after, b),
          );
        }
      }
    }
    expect(moved, 'some baseline has an option lacking the cache level with or ahead').toBeGreaterThan(0);
  });
});
