import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge, type Knowledge, type RawFile } from '../../src/domain/knowledge';
import { applyOverlay, OVERLAY_LIMITS, sha256 } from '../../src/domain/overlay';
import { cellFor, rank, type Cell, type Ranking } from '../../src/domain/scoring';
import { languages, profileSchema, type Environment, type Solution } from '../../src/domain/schemas';
import { readDataDir } from '../../src/node/read-data-dir';

// The example overlay and the profile it is meant for (examples/), against the real data/.
type Json = Record<string, unknown>;
interface ExampleOverlay extends Json {
  sources: Json[];
  options: Json[];
  benchmarks: (Json & { series: (Json & { results: Json[] })[] })[];
  statuses: Json[];
}

const base: readonly RawFile[] = readDataDir(join(process.cwd(), 'data'));
const snapshot = structuredClone(base);
const baseKb = loadKnowledge(base);
const exampleText = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const example = JSON.parse(exampleText) as ExampleOverlay;
const profile = profileSchema.parse(JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')));

const LABEL = 'acme-dc.overlay.json';
const TEAM_BENCHMARK = 'acme-dc-iperf-2026-10';
const BASELINE = 24.1;
/** The team's figures (Gbit/s), as in the example's one series. */
const TEAM_FIGURES: Record<string, number> = {
  'acme-cni': 23.8,
  'calico-bgp': 23.7,
  cilium: 23.5,
  'kube-router': 23.4,
  'flannel-vxlan': 22.6,
  'calico-ipip': 20.6,
};

const nodeSha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

function accepted(text: string, label = LABEL) {
  const result = applyOverlay(base, text, label);
  if (!result.ok) throw new Error(`refused:\n${result.problems.join('\n')}`);
  return result;
}

const exampleResult = accepted(exampleText);
const kb = exampleResult.knowledge;

const ranked = (knowledge: Knowledge, method: 'weighted' | 'topsis' = 'weighted'): Ranking =>
  rank(knowledge, profile, { category: 'networking', method });
const ids = (ranking: Ranking): string[] => ranking.ranking.map((o) => o.id);
const scoreOf = (ranking: Ranking, id: string): number => {
  const option = ranking.ranking.find((o) => o.id === id);
  if (!option) throw new Error(`${id} is not ranked`);
  return option.score;
};

function throughputCell(knowledge: Knowledge, option: string, env: Environment = profile.environment): Cell {
  const solution = knowledge.optionById.get(option);
  const criterion = knowledge.criterionById.get('throughput');
  if (!solution || !criterion) throw new Error(`no ${option} or no throughput criterion`);
  return cellFor(knowledge, solution, criterion, env);
}

/** An option's base level on a criterion. */
const levelOf = (knowledge: Knowledge, option: string, criterion: string): number | undefined => {
  const values: Readonly<Record<string, { level: number } | undefined>> =
    knowledge.optionById.get(option)?.values ?? {};
  return values[criterion]?.level;
};

const sorted = <T>(items: Iterable<T>, key: (item: T) => string): T[] =>
  [...items].sort((a, b) => key(a).localeCompare(key(b)));

describe('the example overlay (examples/acme-dc.overlay.json)', () => {
  it('is accepted, and its facts list exactly what it added and overrode', () => {
    expect(exampleResult.overlay).toMatchObject({
      name: 'acme-dc',
      owner: 'Acme platform team <platform@acme.example>',
    });
    expect(exampleResult.overlay.description).toMatch(/Acme/);
    expect(kb.overlay).toBe(exampleResult.overlay);
    expect(sorted(exampleResult.overlay.facts, ([key]) => key)).toEqual([
      ['benchmark:acme-dc-iperf-2026-10', { kind: 'benchmark', change: 'added', id: TEAM_BENCHMARK }],
      ['option:acme-cni', { kind: 'option', change: 'added', id: 'acme-cni' }],
      ['source:acme-adr-017', { kind: 'source', change: 'added', id: 'acme-adr-017' }],
      ['source:acme-cni-design', { kind: 'source', change: 'added', id: 'acme-cni-design' }],
      ['source:acme-dc-iperf-2026-10', { kind: 'source', change: 'added', id: TEAM_BENCHMARK }],
      ['status:canal', { kind: 'status', change: 'overridden', id: 'canal' }],
    ]);
  });

  it('merges what it says: a team source, the in-house option, the benchmark and the status', () => {
    expect(kb.sourceById.get(TEAM_BENCHMARK)).toMatchObject({ kind: 'team', year: 2026 });
    expect(kb.sourceById.get(TEAM_BENCHMARK)?.note).toMatch(/iperf3 -P 8.*25GbE.*MTU 9000.*kernel 6\.1/);
    const acme = kb.optionById.get('acme-cni');
    expect(acme?.category).toBe('networking');
    // Every networking criterion is valued, each citing a team source with a section.
    for (const criterion of kb.criteriaByCategory.get('networking') ?? []) {
      const value = acme?.values[criterion.id];
      expect(value, criterion.id).toBeDefined();
      expect(kb.sourceById.get(value?.source.source ?? '')?.kind, criterion.id).toBe('team');
      expect(value?.source.section, criterion.id).not.toBe('');
    }
    expect(kb.optionsByCategory.get('networking')).toContain(acme);
    expect(kb.benchmarks.map((b) => b.id)).toContain(TEAM_BENCHMARK);
    expect(kb.optionById.get('canal')?.status).toMatchObject({
      state: 'deprecated',
      asOf: '2026-09',
      source: { source: 'acme-adr-017', section: 'Decision' },
    });
    // The base knowledge still says what the published knowledge says.
    expect(baseKb.optionById.get('canal')?.status.state).toBe('maintenance');
    expect(baseKb.optionById.has('acme-cni')).toBe(false);
  });

  it('fills texts given in English only for the other languages', () => {
    const acme = kb.optionById.get('acme-cni') as Solution;
    const summary = (example.options[0]?.summary as { en: string }).en;
    for (const language of languages) expect(acme.summary[language]).toBe(summary);
    const metric = kb.benchmarks.find((b) => b.id === TEAM_BENCHMARK)?.series[0]?.metric;
    expect(metric).toEqual({
      en: 'Pod-to-pod TCP throughput, 8 parallel streams',
      zh: 'Pod-to-pod TCP throughput, 8 parallel streams',
      ru: 'Pod-to-pod TCP throughput, 8 parallel streams',
    });
  });

  it('changes the networking top pick for the example profile: calico-bgp overtakes cilium', () => {
    const before = ranked(baseKb);
    const after = ranked(kb);
    expect(ids(before).slice(0, 3)).toEqual(['cilium', 'calico-bgp', 'kube-router']);
    expect(ids(after).slice(0, 3)).toEqual(['calico-bgp', 'cilium', 'kube-router']);
    expect(scoreOf(before, 'cilium')).toBeCloseTo(0.875, 3);
    expect(scoreOf(before, 'calico-bgp')).toBeCloseTo(0.8644, 3);
    expect(scoreOf(after, 'calico-bgp')).toBeCloseTo(0.8931, 3);
    // Only calico-bgp moved: cilium and kube-router were judged 4 and are measured at 4 now.
    expect(scoreOf(after, 'cilium')).toBe(scoreOf(before, 'cilium'));
    expect(scoreOf(after, 'kube-router')).toBe(scoreOf(before, 'kube-router'));
    // The in-house option is ranked, below the top three (no NetworkPolicy, little maturity).
    expect(ids(after).indexOf('acme-cni')).toBeGreaterThan(2);
    // TOPSIS agrees on the direction: calico-bgp climbs from sixth to second.
    expect(ids(ranked(baseKb, 'topsis')).indexOf('calico-bgp')).toBe(5);
    expect(ids(ranked(kb, 'topsis')).indexOf('calico-bgp')).toBe(1);
  });

  it('moves the ranking through its measurement: without the benchmark the order stays the base one', () => {
    const without = accepted(JSON.stringify({ ...example, benchmarks: [] })).knowledge;
    const ranking = ranked(without);
    expect(ids(ranking).slice(0, 2)).toEqual(['cilium', 'calico-bgp']);
    expect(scoreOf(ranking, 'calico-bgp')).toBe(scoreOf(ranked(baseKb), 'calico-bgp'));
  });

  it("feeds the throughput of every option in the team benchmark with the team's figure", () => {
    const ranking = ranked(kb);
    const column = ranking.criteria.findIndex((c) => c.criterion === 'throughput');
    expect(column).toBeGreaterThanOrEqual(0);
    for (const [option, figure] of Object.entries(TEAM_FIGURES)) {
      const cell = throughputCell(kb, option);
      expect(cell.measured?.benchmarks, option).toContain(TEAM_BENCHMARK);
      // The ranking uses that very cell.
      const row = ranking.ranking.find((o) => o.id === option);
      expect(row?.cells[column]?.measured?.benchmarks, option).toContain(TEAM_BENCHMARK);
      expect(cell.measured?.ratioHigh, option).toBeGreaterThanOrEqual(figure / BASELINE - 1e-12);
    }
    // Where a judged value depends on BGP, L2 or offload, only figures stating those facts count:
    // the team's, which state all three, are then the only ones.
    for (const option of ['cilium', 'kube-router', 'flannel-vxlan', 'calico-ipip', 'acme-cni']) {
      const measured = throughputCell(kb, option).measured;
      expect(measured?.benchmarks, option).toEqual([TEAM_BENCHMARK]);
      expect(measured?.ratio, option).toBeCloseTo((TEAM_FIGURES[option] as number) / BASELINE, 12);
    }
    expect(throughputCell(baseKb, 'cilium').measured).toBeUndefined();
    expect(throughputCell(kb, 'cilium').measured?.level).toBe(4);
    expect(throughputCell(kb, 'calico-ipip').value).toBeCloseTo(3.52, 2);
    expect(throughputCell(baseKb, 'calico-ipip').value).toBe(3);
    // calico-bgp: the team's figure joins three published ones and lifts the median a whole step.
    const before = throughputCell(baseKb, 'calico-bgp');
    const after = throughputCell(kb, 'calico-bgp');
    expect(before.measured?.benchmarks).not.toContain(TEAM_BENCHMARK);
    expect(after.measured?.benchmarks).toEqual([TEAM_BENCHMARK, ...(before.measured?.benchmarks ?? [])]);
    expect(after.measured?.ratioHigh).toBeCloseTo(23.7 / BASELINE, 12);
    expect(after.value - before.value).toBeGreaterThan(0.9);
  });

  it('is not used where its stated environment is contradicted (hosts on one L2 segment)', () => {
    const env: Environment = { ...profile.environment, l2: true };
    expect(throughputCell(kb, 'calico-bgp', env).measured?.benchmarks).not.toContain(TEAM_BENCHMARK);
    expect(throughputCell(kb, 'cilium', env).measured).toBeUndefined();
  });

  it('carries the sha256 of its text, as node:crypto computes it', () => {
    expect(exampleResult.overlay.sha256).toBe(nodeSha256(exampleText));
    expect(kb.overlay?.sha256).toBe(nodeSha256(exampleText));
    // A byte-order mark is not part of the content (the parser strips it too).
    expect(accepted(`\uFEFF${exampleText}`).overlay.sha256).toBe(nodeSha256(exampleText));
    const edited = exampleText.replace('"acme-dc"', '"acme-dc2"');
    expect(accepted(edited).overlay.sha256).toBe(nodeSha256(edited));
    expect(accepted(edited).overlay.sha256).not.toBe(exampleResult.overlay.sha256);
  });
});

describe('sha256', () => {
  it('matches node:crypto, across block boundaries and beyond ASCII', () => {
    const samples = [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(63),
      'a'.repeat(64),
      'a'.repeat(65),
      'a'.repeat(1000),
      'Привет, мир',
      '中文：容器网络选型',
      'naïve café — ✓',
      '🚀 emoji outside the BMP 𝄞',
      'é'.repeat(60),
      'x'.repeat(300_000),
    ];
    for (const text of samples)
      expect(sha256(text), JSON.stringify(text.slice(0, 20))).toBe(nodeSha256(text));
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('merging never changes the base', () => {
  it('leaves the base files as they were after a success', () => {
    const patched = {
      ...example,
      values: [
        {
          option: 'calico-bgp',
          criterion: 'simplicity',
          override: true,
          value: {
            level: 3,
            note: { en: 'The network team already peers every ToR with BGP.' },
            source: { source: 'acme-adr-017', section: 'Context' },
          },
        },
      ],
      stackRules: [
        {
          id: 'calico-bgp-on-kubernetes',
          when: 'calico-bgp',
          category: 'orchestration',
          anyOf: ['kubernetes'],
          reason: { en: 'Acme runs Calico only under Kubernetes.' },
          source: { source: 'acme-adr-017', section: 'Decision' },
        },
      ],
    };
    const result = accepted(JSON.stringify(patched));
    expect(result.overlay.facts.get('value:calico-bgp:simplicity')).toEqual({
      kind: 'value',
      change: 'overridden',
      id: 'calico-bgp',
      criterion: 'simplicity',
    });
    expect(result.overlay.facts.get('stack-rule:calico-bgp-on-kubernetes')?.change).toBe('added');
    expect(levelOf(result.knowledge, 'calico-bgp', 'simplicity')).toBe(3);
    expect(result.knowledge.optionById.get('canal')?.status.state).toBe('deprecated');
    expect(result.knowledge.stackRules.rules.map((r) => r.id)).toContain('calico-bgp-on-kubernetes');
    expect(base).toEqual(snapshot);
    expect(levelOf(baseKb, 'calico-bgp', 'simplicity')).toBe(2);
    expect(baseKb.stackRules.rules.map((r) => r.id)).not.toContain('calico-bgp-on-kubernetes');
    expect(loadKnowledge(base).optionById.get('canal')?.status.state).toBe('maintenance');
  });

  it('gives the same result for the same text, whatever was applied before', () => {
    const again = accepted(exampleText);
    expect(again.overlay.sha256).toBe(exampleResult.overlay.sha256);
    expect([...again.overlay.facts]).toEqual([...exampleResult.overlay.facts]);
    expect(ids(ranked(again.knowledge))).toEqual(ids(ranked(kb)));
    expect(base).toEqual(snapshot);
  });
});

describe('partial texts', () => {
  const status = (note: Record<string, string>) =>
    JSON.stringify({
      overlay: 1,
      name: 'texts',
      owner: 'someone',
      sources: [example.sources[2]],
      statuses: [
        {
          option: 'canal',
          override: true,
          status: { state: 'deprecated', note, source: { source: 'acme-adr-017', section: 'Decision' } },
        },
      ],
    });
  const noteOf = (note: Record<string, string>) =>
    accepted(status(note)).knowledge.optionById.get('canal')?.status.note;

  it('fills zh and ru from en', () => {
    expect(noteOf({ en: 'x' })).toEqual({ en: 'x', zh: 'x', ru: 'x' });
  });
  it('keeps what is given and fills only the rest, from English where there is English', () => {
    expect(noteOf({ en: 'x', zh: '中' })).toEqual({ en: 'x', zh: '中', ru: 'x' });
    expect(noteOf({ ru: 'только' })).toEqual({ en: 'только', zh: 'только', ru: 'только' });
    expect(noteOf({ en: 'a', zh: 'b', ru: 'c' })).toEqual({ en: 'a', zh: 'b', ru: 'c' });
  });
});

describe('refused overlays', () => {
  const TEAM = 'team.overlay.json';
  const head = { overlay: 1, name: 'bad', owner: 'Acme platform team' };
  const [iperf, design, adr] = example.sources as [Json, Json, Json];
  const acme = example.options[0] as Json & { values: Record<string, Json> };
  const bench = example.benchmarks[0] as ExampleOverlay['benchmarks'][number];
  const series = bench.series[0] as ExampleOverlay['benchmarks'][number]['series'][number];
  const ref = { source: TEAM_BENCHMARK, section: 'Results table (median of 5 runs)' };
  const teamSources = [iperf, design, adr];
  const withValue = (criterion: string, value: unknown) => ({
    ...head,
    sources: teamSources,
    options: [{ ...acme, values: { ...acme.values, [criterion]: value } }],
  });
  const withResult = (result: Json) => ({
    ...head,
    sources: [iperf],
    benchmarks: [{ ...bench, series: [{ ...series, results: [result] }] }],
  });
  const rule = (id: string, when: string, category: string, anyOf: string[]) => ({
    id,
    when,
    category,
    anyOf,
    reason: { en: 'team rule' },
    source: ref,
  });
  const exampleJson = JSON.stringify(example);

  /** Each case: the overlay (value or raw text), then what one problem must name: path and value. */
  const cases: [name: string, overlay: unknown, path: string, value: string][] = [
    // Malformed values.
    [
      'a level of 9 in a value patch',
      {
        ...head,
        values: [
          { option: 'calico-bgp', criterion: 'throughput', override: true, value: { level: 9, source: ref } },
        ],
      },
      'values[0].value.level',
      '9',
    ],
    [
      'a level of 9 in an option',
      withValue('throughput', { level: 9, source: ref }),
      'options[0].values.throughput.level',
      '9',
    ],
    [
      'a fractional level',
      withValue('latency', { level: 2.5, source: ref }),
      'options[0].values.latency.level',
      '2.5',
    ],
    ['a name that is a number', { ...head, name: 5 }, 'name', '5'],
    ['sources that are not a list', { ...head, sources: 'acme' }, 'sources', '"acme"'],
    ['a year as a string', { ...head, sources: [{ ...iperf, year: '2026' }] }, 'sources[0].year', '"2026"'],
    ['a name that is not kebab-case', { ...head, name: 'Acme DC' }, 'name', '"Acme DC"'],
    ['an entry that is not an object', { ...head, options: ['acme-cni'] }, 'options[0]', '"acme-cni"'],
    [
      'a benchmark figure as text',
      withResult({ label: 'x', option: 'cilium', value: '23.5' }),
      'benchmarks[0].series[0].results[0].value',
      '"23.5"',
    ],
    // A value without a source.
    [
      'a value patch without a source',
      {
        ...head,
        values: [{ option: 'calico-bgp', criterion: 'throughput', override: true, value: { level: 3 } }],
      },
      'values[0].value.source',
      'missing',
    ],
    [
      'an option value without a source',
      withValue('throughput', { level: 4, note: { en: 'fast' } }),
      'options[0].values.throughput.source',
      'missing',
    ],
    // Collisions.
    [
      'an option id already in the base, without override',
      { ...head, sources: teamSources, options: [{ ...acme, id: 'calico-bgp' }] },
      'options[0].id',
      '"calico-bgp"',
    ],
    [
      'a benchmark id already in the base, without override',
      { ...head, sources: [iperf], benchmarks: [{ ...bench, id: 'infrabuilder-cni-2024' }] },
      'benchmarks[0].id',
      '"infrabuilder-cni-2024"',
    ],
    [
      'a source id already in the base, without override',
      { ...head, sources: [{ ...iperf, id: 'infrabuilder-cni-2024' }] },
      'sources[0].id',
      '"infrabuilder-cni-2024"',
    ],
    [
      'a stack rule id already in the base, without override',
      {
        ...head,
        sources: [iperf],
        stackRules: [rule('canal-is-for-kubernetes', 'canal', 'orchestration', ['kubernetes'])],
      },
      'stackRules[0].id',
      '"canal-is-for-kubernetes"',
    ],
    [
      'a value the base already has, without override',
      {
        ...head,
        sources: [iperf],
        values: [{ option: 'calico-bgp', criterion: 'throughput', value: { level: 4, source: ref } }],
      },
      'values[0].override',
      'calico-bgp',
    ],
    [
      'an override of an option that does not exist',
      { ...head, sources: teamSources, options: [{ ...acme, override: true }] },
      'options[0].override',
      'acme-cni',
    ],
    [
      'an override of a source that does not exist',
      { ...head, sources: [{ ...iperf, override: true }] },
      'sources[0].override',
      TEAM_BENCHMARK,
    ],
    [
      'an override of a benchmark that does not exist',
      { ...head, sources: [iperf], benchmarks: [{ ...bench, override: true }] },
      'benchmarks[0].override',
      TEAM_BENCHMARK,
    ],
    [
      'an override of a stack rule that does not exist',
      {
        ...head,
        sources: [iperf],
        stackRules: [{ ...rule('nope-rule', 'canal', 'orchestration', ['kubernetes']), override: true }],
      },
      'stackRules[0].override',
      'nope-rule',
    ],
    [
      'a status without override',
      {
        ...head,
        sources: [adr],
        statuses: [
          {
            option: 'canal',
            status: { state: 'active', note: { en: 'x' }, source: { source: 'acme-adr-017', section: 'x' } },
          },
        ],
      },
      'statuses[0].override',
      'canal',
    ],
    [
      'the same option twice',
      { ...head, sources: teamSources, options: [acme, acme] },
      'options[1].id',
      '"acme-cni"',
    ],
    ['the same source twice', { ...head, sources: [iperf, iperf] }, 'sources[1].id', `"${TEAM_BENCHMARK}"`],
    [
      'the same status twice',
      { ...head, sources: [adr], statuses: [example.statuses[0], example.statuses[0]] },
      'statuses[1].option',
      '"canal"',
    ],
    [
      'the same value twice',
      {
        ...head,
        sources: teamSources,
        options: [acme],
        values: [0, 1].map(() => ({
          option: 'acme-cni',
          criterion: 'encryption',
          override: true,
          value: { level: 1, source: ref },
        })),
      },
      'values[1]',
      'encryption',
    ],
    // Cycles in stack rules: calico-bgp wants Kubernetes, Kubernetes wants calico-bgp or cilium.
    [
      'two stack rules that form a loop',
      {
        ...head,
        sources: [iperf],
        stackRules: [
          rule('calico-needs-k8s', 'calico-bgp', 'orchestration', ['kubernetes']),
          rule('k8s-needs-calico', 'kubernetes', 'networking', ['calico-bgp', 'cilium']),
        ],
      },
      'stackRules',
      'calico-bgp → kubernetes → calico-bgp',
    ],
    [
      'a stack rule that closes a loop with a base rule',
      {
        ...head,
        sources: [iperf],
        stackRules: [rule('k8s-needs-canal', 'kubernetes', 'networking', ['canal'])],
      },
      'stackRules',
      'canal → kubernetes → canal',
    ],
    // Unknown criteria, and criteria of another category.
    [
      'a value patch on an unknown criterion',
      {
        ...head,
        sources: [iperf],
        values: [{ option: 'calico-bgp', criterion: 'warpSpeed', value: { level: 3, source: ref } }],
      },
      'values[0].criterion',
      '"warpSpeed"',
    ],
    [
      'an option valued on an unknown criterion',
      withValue('warpSpeed', { level: 3, source: ref }),
      'options[0].values.warpSpeed',
      'warpSpeed',
    ],
    [
      'a value patch on a criterion of another category',
      {
        ...head,
        sources: [iperf],
        values: [{ option: 'calico-bgp', criterion: 'selfHealing', value: { level: 3, source: ref } }],
      },
      'values[0].criterion',
      '"selfHealing"',
    ],
    [
      'an option valued on a criterion of another category',
      withValue('selfHealing', { level: 3, source: ref }),
      'options[0].values.selfHealing',
      'networking',
    ],
    [
      'an option missing a value of its category',
      {
        ...head,
        sources: teamSources,
        options: [{ ...acme, values: { ...acme.values, throughput: undefined } }],
      },
      'options[0].values.throughput',
      'missing',
    ],
    // References to missing options and sources.
    [
      'a value patch on an unknown option',
      {
        ...head,
        sources: [iperf],
        values: [{ option: 'nope-cni', criterion: 'throughput', value: { level: 3, source: ref } }],
      },
      'values[0].option',
      '"nope-cni"',
    ],
    [
      'a status of an unknown option',
      { ...head, sources: [adr], statuses: [{ ...example.statuses[0], option: 'nope-cni' }] },
      'statuses[0].option',
      '"nope-cni"',
    ],
    [
      'a benchmark result naming an unknown option',
      withResult({ label: 'Nope CNI', option: 'nope-cni', value: 20 }),
      `benchmarks[0].series[0].results[0].option`,
      '"nope-cni"',
    ],
    [
      'a stack rule naming an unknown option',
      {
        ...head,
        sources: [iperf],
        stackRules: [rule('nope-rule', 'nope-cni', 'orchestration', ['kubernetes'])],
      },
      'stackRules[0].when',
      '"nope-cni"',
    ],
    // The loader names a rule by its place in the merged file; the problem names the overlay's entry.
    [
      'a second stack rule allowing an option of another category',
      {
        ...head,
        sources: [iperf],
        stackRules: [
          rule('calico-needs-k8s', 'calico-bgp', 'orchestration', ['kubernetes']),
          rule('cilium-needs-k8s', 'cilium', 'orchestration', ['kubernetes', 'calico-bgp']),
        ],
      },
      'stackRules[1].anyOf[1]',
      '"calico-bgp"',
    ],
    [
      'an overridden base stack rule naming an unknown option',
      {
        ...head,
        sources: [iperf],
        stackRules: [
          {
            ...rule('canal-is-for-kubernetes', 'canal', 'orchestration', ['nope-orchestrator']),
            override: true,
          },
        ],
      },
      'stackRules[0].anyOf[0]',
      '"nope-orchestrator"',
    ],
    [
      'a stack rule citing an unknown source',
      {
        ...head,
        stackRules: [rule('calico-needs-k8s', 'calico-bgp', 'orchestration', ['kubernetes'])],
      },
      'stackRules[0].source.source',
      `"${TEAM_BENCHMARK}"`,
    ],
    [
      'an option citing a source that is neither in the base nor in the overlay',
      { ...head, sources: [iperf, adr], options: [acme] },
      'options[0].pluginModels.source.source',
      '"acme-cni-design"',
    ],
    // Sources an overlay may not have.
    ['a seed-kind source', { ...head, sources: [{ ...iperf, kind: 'seed' }] }, 'sources[0].kind', '"seed"'],
    [
      'a team source without a note',
      { ...head, sources: [{ ...iperf, note: undefined }] },
      'sources[0].note',
      '',
    ],
    [
      'a source of an unknown kind',
      { ...head, sources: [{ ...iperf, kind: 'rumour' }] },
      'sources[0].kind',
      '"rumour"',
    ],
    // The file itself.
    ['an unknown top-level key', { ...head, options: [], extra: { a: 1 } }, 'extra', '{"a":1}'],
    ['a wrong format version', { ...head, overlay: 2 }, 'overlay', '2'],
    ['no format version', { name: 'bad', owner: 'x' }, 'overlay', 'missing'],
    ['an empty owner', { ...head, owner: '   ' }, 'owner', '"   "'],
    ['not JSON', '{"overlay": 1,', '', 'not valid JSON'],
    [
      'a number too large for a double',
      '{"overlay":1,"name":"bad","owner":"x","description":1e999}',
      'description',
      '1e999',
    ],
    // Prototype keys, anywhere in the text.
    [
      '__proto__ at the top',
      exampleJson.replace('"name":', '"__proto__":{"polluted":true},"name":'),
      '__proto__',
      '"__proto__"',
    ],
    [
      '__proto__ inside an option',
      exampleJson.replace('"id":"acme-cni",', '"id":"acme-cni","__proto__":{"polluted":true},'),
      'options[0].__proto__',
      '"__proto__"',
    ],
    [
      'constructor inside a value',
      exampleJson.replace('"crossHost":{', '"crossHost":{"constructor":{"polluted":true},'),
      'options[0].values.crossHost.constructor',
      '"constructor"',
    ],
    [
      'prototype inside a benchmark result',
      exampleJson.replace('"label":"Host to host",', '"label":"Host to host","prototype":1,'),
      'benchmarks[0].series[0].baseline.prototype',
      '"prototype"',
    ],
    [
      'prototype in a text',
      '{"overlay":1,"name":"bad","owner":"x","statuses":[{"option":"canal","status":{"note":{"en":"x","prototype":"y"}}}]}',
      'statuses[0].status.note.prototype',
      '"prototype"',
    ],
    // Measurements that would feed nothing, or the wrong category, are refused, not dropped.
    [
      'a benchmark series measuring an unknown criterion',
      {
        ...head,
        sources: [iperf],
        benchmarks: [{ ...bench, series: [{ ...series, criterion: 'warpSpeed' }] }],
      },
      'benchmarks[0].series[0].criterion',
      '"warpSpeed"',
    ],
    [
      'a throughput result naming an orchestration option',
      withResult({ label: 'Kubernetes', option: 'kubernetes', value: 20 }),
      'benchmarks[0].series[0].results[0].option',
      '"kubernetes" is a orchestration option; throughput does not apply to it',
    ],
    // A patched field's problem is named by the patch, not by the base file it lands in.
    [
      'a value patch citing an unknown source',
      {
        ...head,
        values: [
          {
            option: 'calico-bgp',
            criterion: 'throughput',
            override: true,
            value: { level: 3, source: { source: 'nowhere', section: 's' } },
          },
        ],
      },
      'values[0].value.source',
      '"nowhere"',
    ],
    [
      'a status patch citing an unknown source',
      {
        ...head,
        statuses: [
          {
            option: 'canal',
            override: true,
            status: { state: 'archived', note: { en: 'x' }, source: { source: 'nowhere', section: 's' } },
          },
        ],
      },
      'statuses[0].status.source',
      '"nowhere"',
    ],
  ];

  it.each(cases)('refuses %s, naming the overlay, the path and the value', (_name, overlay, path, value) => {
    const text = typeof overlay === 'string' ? overlay : JSON.stringify(overlay);
    const result = applyOverlay(base, text, TEAM);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(problem.startsWith(`${TEAM}: `), problem).toBe(true);
    const named = result.problems.find((p) => p.startsWith(`${TEAM}: ${path}`) && p.includes(value));
    expect(named, result.problems.join('\n')).toBeDefined();
    expect(base).toEqual(snapshot);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('refuses a 10 MB file before parsing it', () => {
    const text = JSON.stringify({ ...head, description: 'x'.repeat(10 * 1024 * 1024) });
    const result = applyOverlay(base, text, TEAM);
    expect(result).toEqual({
      ok: false,
      problems: [`${TEAM}: too large (value: ${text.length} characters, limit ${OVERLAY_LIMITS.chars})`],
    });
    expect(base).toEqual(snapshot);
  });

  it('accepts a stack rule that constrains without a loop', () => {
    const result = accepted(
      JSON.stringify({
        ...head,
        sources: [iperf],
        stackRules: [rule('calico-needs-k8s', 'calico-bgp', 'orchestration', ['kubernetes'])],
      }),
      TEAM,
    );
    expect(result.knowledge.stackRules.rules.map((r) => r.id)).toContain('calico-needs-k8s');
  });

  it('reports every problem at once, not the first only', () => {
    const result = applyOverlay(
      base,
      JSON.stringify({
        ...head,
        sources: [{ ...iperf, kind: 'seed' }],
        values: [
          { option: 'nope-cni', criterion: 'throughput', value: { level: 3, source: ref } },
          { option: 'calico-bgp', criterion: 'selfHealing', value: { level: 3, source: ref } },
        ],
      }),
      TEAM,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.split(':')[1]?.trim())).toEqual([
      'sources[0].kind',
      'values[0].option',
      'values[1].criterion',
    ]);
  });
});
