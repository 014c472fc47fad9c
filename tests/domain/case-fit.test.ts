import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { CaseStudy, Profile } from '../../src/domain/schemas';
import { rank, type Method } from '../../src/domain/scoring';
import { caseFit, caseFits, rankStackCategories } from '../../src/domain/stack/case-fit';

const kb = readKnowledge();

const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.profile;
};
const publicCloud = preset('public-cloud-no-bgp');
const privateL2 = preset('private-dc-l2');
const empty: Profile = { version: 1, environment: {}, weights: {}, mustHave: [] };

const study = (id: string): CaseStudy => {
  const found = kb.caseStudies.find((s) => s.id === id);
  if (!found) throw new Error(`no case study ${id}`);
  return found;
};
const fitOf = (profile: Profile, id: string, method: Method = 'weighted') =>
  caseFits(kb, profile, method).get(id);

describe('caseFit on the real knowledge base', () => {
  it('gives every study a result', () => {
    const fits = caseFits(kb, publicCloud, 'weighted');
    expect([...fits.keys()].sort()).toEqual(kb.caseStudies.map((s) => s.id).sort());
  });

  it('ranks each category used by a stack exactly once', () => {
    const used = new Set(
      kb.caseStudies.flatMap((s) => s.stack.filter((l) => l.options.length > 0).map((l) => l.category)),
    );
    expect([...rankStackCategories(kb, publicCloud, 'weighted').keys()].sort()).toEqual([...used].sort());
  });

  it.each<[string, Profile, Method]>([
    ['public cloud, weighted', publicCloud, 'weighted'],
    ['private L2, topsis', privateL2, 'topsis'],
    ['no profile, weighted', empty, 'weighted'],
  ])('takes each layer’s best feasible option and averages the layers (%s)', (_, profile, method) => {
    for (const s of kb.caseStudies) {
      const fit = fitOf(profile, s.id, method);
      const withOptions = s.stack.filter((l) => l.options.length > 0);
      expect(fit?.layers.map((l) => l.category)).toEqual(withOptions.map((l) => l.category));
      for (const [i, layer] of withOptions.entries()) {
        const ranking = rank(kb, profile, { category: layer.category, method });
        const scores = ranking.ranking.filter((r) => layer.options.includes(r.id)).map((r) => r.score);
        const got = fit?.layers[i];
        expect(got?.score).toBe(scores.length > 0 ? Math.max(...scores) : 0);
        expect(got?.excluded).toBe(scores.length === 0);
        expect(got?.feasible).toBe(ranking.ranking.length);
        if (got && !got.excluded) expect(ranking.ranking[(got.position ?? 0) - 1]?.id).toBe(got.optionId);
      }
      const mean =
        fit && fit.layers.length > 0
          ? fit.layers.reduce((a, l) => a + l.score, 0) / fit.layers.length
          : undefined;
      expect(fit?.fit).toBe(mean);
    }
  });

  it('ignores layers that name no option (Meizu: five layers, two with options)', () => {
    const meizu = study('meizu');
    expect(meizu.stack.length).toBeGreaterThan(2);
    expect(fitOf(publicCloud, 'meizu')?.layers.map((l) => l.category)).toEqual(['networking', 'storage']);
  });

  it('is undefined when no layer names an option', () => {
    const bare: CaseStudy = {
      ...study('meizu'),
      stack: study('meizu').stack.map((l) => ({ ...l, options: [] })),
    };
    expect(caseFit(bare, rankStackCategories(kb, publicCloud, 'weighted'))).toEqual({
      fit: undefined,
      layers: [],
    });
  });

  it.each(['pptv', 'shurenyun'])(
    'puts %s (needs L2) lower on a public cloud than in a private L2 data centre',
    (id) => {
      const cloud = fitOf(publicCloud, id);
      const l2 = fitOf(privateL2, id);
      expect(cloud?.fit).toBeDefined();
      expect(l2?.fit).toBeDefined();
      expect(cloud?.fit ?? 1).toBeLessThan(l2?.fit ?? 0);
      const network = cloud?.layers.find((l) => l.category === 'networking');
      expect(network?.excluded).toBe(true);
      expect(network?.score).toBe(0);
      expect(
        network?.reasons.some((r) => r.kind === 'environment' && r.facts.some(({ key }) => key === 'l2')),
      ).toBe(true);
      expect(l2?.layers.find((l) => l.category === 'networking')?.excluded).toBe(false);
    },
  );

  it('orders studies differently for the two profiles', () => {
    const order = (profile: Profile) =>
      [...caseFits(kb, profile, 'weighted')]
        .sort(([a, x], [b, y]) => (y.fit ?? -1) - (x.fit ?? -1) || (a < b ? -1 : 1))
        .map(([id]) => id);
    const cloud = order(publicCloud);
    const l2 = order(privateL2);
    expect(cloud).not.toEqual(l2);
    expect(cloud.indexOf('shurenyun')).toBeGreaterThan(l2.indexOf('shurenyun'));
  });
});
