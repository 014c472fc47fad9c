import { describe, expect, it } from 'vitest';
import type { CaseStudy, Profile } from '../../../src/domain/schemas';
import { orderCases } from '../../../src/domain/cases';
import {
  filtersToQuery,
  matchesFilters,
  matchesScale,
  parseFilters,
  sortStudies,
  usedCategories,
  usedOptions,
  type CaseFilters,
} from '../../../src/features/case-studies/filters';
import { layerOrder, orderLayers } from '../../../src/features/case-studies/layer-order';
import { caseMessages } from '../../../src/features/case-studies/messages';
import {
  countText,
  figureText,
  headlineFigure,
  headlineText,
} from '../../../src/features/case-studies/scale-text';
import {
  openText,
  pointText,
  unstatedText,
  valueText,
} from '../../../src/features/case-studies/similarity-text';
import { kb } from '../../ui/render-app';

const any: CaseFilters = { option: '', category: '', scale: 'any', query: '', sort: 'name' };
const study = (id: string): CaseStudy => {
  const found = kb.caseStudies.find((s) => s.id === id);
  if (!found) throw new Error(`no case study ${id}`);
  return found;
};
const ids = (filters: Partial<CaseFilters>) =>
  kb.caseStudies.filter((s) => matchesFilters(s, { ...any, ...filters })).map((s) => s.id);
const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.profile;
};

describe('URL query ↔ filters', () => {
  const known = new Set(['macvlan']);
  it('round-trips and leaves defaults out', () => {
    const filters: CaseFilters = {
      option: 'macvlan',
      category: 'storage',
      scale: 'hosts',
      query: 'qi',
      sort: 'year',
    };
    const query = filtersToQuery(filters, 'name');
    const params = new URLSearchParams(
      Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined),
    );
    expect(parseFilters(params, 'name', known)).toEqual(filters);
    expect(
      Object.values(filtersToQuery({ ...any, sort: 'closest' }, 'closest')).every((v) => v === undefined),
    ).toBe(true);
  });

  it.each<[string, Partial<CaseFilters>]>([
    ['option=nope&category=kitchen&scale=huge&sort=random', {}],
    ['option=macvlan', { option: 'macvlan' }],
    ['category=logging&scale=containers10k', { category: 'logging', scale: 'containers10k' }],
  ])('parses "%s", falling back to "any" for unknown values', (query, expected) => {
    expect(parseFilters(new URLSearchParams(query), 'name', known)).toEqual({ ...any, ...expected });
  });
});

describe('filters on the real case studies', () => {
  it('offers every option named in a stack, once, under its category', () => {
    const groups = usedOptions(kb, 'en');
    const offered = groups.flatMap((g) => g.options.map((o) => o.id));
    const named = new Set(kb.caseStudies.flatMap((s) => s.stack.flatMap((l) => l.options)));
    expect(new Set(offered)).toEqual(named);
    expect(offered.length).toBe(named.size);
    for (const g of groups)
      for (const o of g.options) expect(kb.optionById.get(o.id)?.category).toBe(g.category);
  });

  it('offers the categories some stack has a layer in', () => {
    const layered = new Set(kb.caseStudies.flatMap((s) => s.stack.map((l) => l.category)));
    expect(new Set(usedCategories(kb))).toEqual(layered);
  });

  it('filters by option, category, name and their combination', () => {
    expect(ids({ option: 'macvlan' })).toContain('shurenyun');
    expect(ids({ option: 'kubernetes' })).toEqual(
      kb.caseStudies
        .filter((s) => s.stack.some((l) => l.options.some((o) => o === 'kubernetes')))
        .map((s) => s.id),
    );
    expect(ids({ category: 'logging' }).sort()).toEqual(['ctrip', 'ucloud']);
    expect(ids({ query: 'MEIZU' })).toEqual(['meizu']);
    expect(ids({ query: '魅族' })).toEqual(['meizu']);
    expect(ids({ option: 'kubernetes', category: 'logging' })).toEqual(['ucloud']);
  });

  it.each<[CaseFilters['scale'], string[]]>([
    ['containers1k', ['jd', 'tencent-gaia', 'tongcheng']],
    ['containers10k', ['jd', 'tencent-gaia']],
    ['hosts', ['qiniu']],
    ['apps', ['tongcheng']],
  ])('scale %s', (scale, expected) => {
    expect(ids({ scale }).sort()).toEqual(expected);
  });

  it('does not count an upper bound as reaching a threshold', () => {
    const jd = study('jd');
    const containers = jd.scale.containers;
    if (!containers) throw new Error('jd has a container figure');
    const capped = {
      ...jd,
      scale: { ...jd.scale, containers: { ...containers, qualifier: 'atMost' as const } },
    };
    expect(matchesScale(jd, 'containers10k')).toBe(true);
    expect(matchesScale(capped, 'containers10k')).toBe(false);
  });
});

describe('sortStudies', () => {
  const ordered = orderCases(kb, preset('private-dc-l2'));
  const similarities = new Map(ordered.map((s) => [s.id, s]));
  it('closest follows the engine: most similar first, nothing to compare last, whatever the input order', () => {
    const sorted = sortStudies([...kb.caseStudies].reverse(), 'closest', similarities, 'en');
    expect(sorted.map((s) => s.id)).toEqual(ordered.map((s) => s.id));
    const scores = ordered.map((s) => s.score ?? -1);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
  it('by year puts the newest first, by name alphabetically', () => {
    const byYear = sortStudies(kb.caseStudies, 'year', similarities, 'en').map((s) => s.year);
    expect(byYear).toEqual([...byYear].sort((a, b) => b - a));
    const byName = sortStudies(kb.caseStudies, 'name', similarities, 'en').map((s) => s.company.en);
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('wording', () => {
  const en = caseMessages.en;
  it('words scale figures with their qualifier in each language', () => {
    const jd = study('jd').scale.containers;
    const qiniu = study('qiniu').scale.hosts;
    if (!jd || !qiniu) throw new Error('figures expected');
    expect(figureText('containers', jd, en, 'en')).toBe('at least 100,000 containers');
    expect(figureText('hosts', qiniu, en, 'en')).toBe('about 1,000 hosts');
    expect(figureText('containers', jd, caseMessages.zh, 'zh')).toBe('至少 100,000 个容器');
    expect(figureText('hosts', { ...qiniu, value: 3, qualifier: 'exact' }, caseMessages.ru, 'ru')).toBe(
      '3 хоста',
    );
    expect(figureText('containers', { ...jd, value: 1, qualifier: 'exact' }, en, 'en')).toBe('1 container');
  });

  it('headlines the largest main figure, else the largest other one', () => {
    expect(headlineFigure(study('tongcheng'))?.kind).toBe('containers');
    expect(headlineFigure(study('meizu'))).toBeUndefined();
    const tencent = study('tencent-gaia');
    const onlyOther = { ...tencent, scale: { other: tencent.scale.other } };
    const headline = headlineFigure(onlyOther);
    expect(headline && headlineText(headline, en, 'en', (t) => t.en)).toBe(
      `${tencent.scale.other[0]?.label.en}: at least 10`,
    );
  });

  it('words compared facts, needs and sizes in the questionnaire’s words and each language', () => {
    const words = { kb, t: en, language: 'en' as const };
    const pptv = orderCases(kb, preset('public-cloud-no-bgp')).find((s) => s.id === 'pptv');
    expect(pptv?.differences.map((p) => pointText(words, p))).toEqual(
      expect.arrayContaining([
        'Where the hosts run: you public cloud, the case private data centre',
        'L2 access you control: you no, the case yes',
      ]),
    );
    const sized = orderCases(kb, { ...preset('private-dc-l2'), environment: { hosts: 1 } }).find(
      (s) => s.id === 'jd',
    );
    const scale = sized?.differences.find((p) => p.kind === 'scale');
    expect(scale && pointText(words, scale)).toBe(
      'Size: you have 1 host, the case at least 100,000 containers',
    );
    const zh = { kb, t: caseMessages.zh, language: 'zh' as const };
    expect(valueText(zh, 'cloud', 'bare-metal')).toBe('物理机');
    expect(valueText(words, 'orchestrator', 'mesos')).toBe('Apache Mesos');
    expect(countText('hosts', 5, 'ru')).toBe('5 хостов');
  });

  it('words what the case does not state and what the profile leaves open', () => {
    const words = { kb, t: en, language: 'en' as const };
    const similarity = orderCases(kb, preset('private-dc-l2')).find((s) => s.id === 'didi');
    const open = similarity?.open[0];
    expect(open && openText(words, open)).toBe('Orchestrator: the case says Kubernetes');
    expect(similarity?.notStated.map((u) => unstatedText(words, u))).toEqual(
      expect.arrayContaining(['L2 access you control (you: yes)', 'Legacy interop (your must-have)']),
    );
  });

  it('draws layers top to bottom in one order, keeping source order within a category', () => {
    const ordered = orderLayers(study('tongcheng').stack).map((l) => layerOrder.indexOf(l.category));
    expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
    expect(orderLayers(study('meizu').stack).map((l) => l.category)).toEqual([
      'orchestration',
      'monitoring',
      'registry',
      'storage',
      'networking',
    ]);
  });

  it('has every UI string in all three languages', () => {
    for (const lang of ['zh', 'ru'] as const) {
      expect(Object.keys(caseMessages[lang]).sort()).toEqual(Object.keys(en).sort());
      for (const value of Object.values(caseMessages[lang])) expect(value.trim()).not.toBe('');
    }
  });
});
