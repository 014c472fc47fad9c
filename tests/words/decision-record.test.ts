import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { decisionData, RECORD_SAMPLES } from '../../src/domain/decision';
import {
  profileSchema,
  type CategoryId,
  type OptionId,
  type Profile,
  type SourcedText,
} from '../../src/domain/schemas';
import { rank } from '../../src/domain/scoring';
import { describeAssumption, describeReason, describeSource, maintenanceStateNames } from '../../src/words';
import {
  decisionRecord,
  decisionRecordBlocks,
  recordDiagram,
  type RecordBlock,
  type RecordOptions,
} from '../../src/words/decision';
import { DEFAULT_SEED, rankAcceptability } from '../../src/domain/sensitivity';
import {
  buildPipelines,
  composeStack,
  pipelineAcceptability,
  pipelineKey,
  type StackPick,
} from '../../src/domain/stack';

const kb = readKnowledge();
const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
const publicCloud: Profile = preset.profile;
const categoryName = (id: CategoryId) => kb.categories.find((c) => c.id === id)?.name.en ?? id;
const DATE = '2026-01-15';

/** The blocks as plain lines, unescaped: what a reader sees once the record is rendered. */
function lines(blocks: readonly RecordBlock[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.kind) {
      case 'heading':
        return [`${'#'.repeat(b.level)} ${b.text}`];
      case 'paragraph':
        return [b.text];
      case 'list':
        return b.items.flatMap((i) => [`- ${i.text}`, ...(i.items ?? []).map((s) => `  - ${s}`)]);
      case 'table':
        return [b.head, ...b.rows].map((row) => row.join(' | '));
      case 'image':
        return [`![${b.alt}](${b.file})`];
    }
  });
}

/** The lines from "## title" up to the next "## " heading. */
function section(all: readonly string[], title: string): string[] {
  const start = all.indexOf(`## ${title}`);
  if (start < 0) throw new Error(`no section "${title}"`);
  const end = all.findIndex((l, i) => i > start && l.startsWith('## '));
  return all.slice(start, end < 0 ? undefined : end);
}

/** The lines from "### name" up to the next heading of level ≤ 3. */
function subsection(text: readonly string[], name: string): string[] {
  const start = text.indexOf(`### ${name}`);
  if (start < 0) throw new Error(`no subsection "${name}"`);
  const end = text.findIndex((l, i) => i > start && /^#{2,3} /.test(l));
  return text.slice(start, end < 0 ? undefined : end);
}

const record = (profile: Profile, options: RecordOptions = {}, lang: 'en' | 'zh' | 'ru' = 'en') =>
  lines(decisionRecordBlocks(kb, decisionData(kb, profile, 'weighted'), lang, { date: DATE, ...options }));

/** "Name (id)", or a pipeline's members joined with "+". */
const chosenNames = (pick: StackPick) =>
  pick.members.map((m) => `${m.option.name} (${m.option.id})`).join(' + ');
const placeOf = (pick: StackPick) => {
  const ranking = rank(kb, publicCloud, { category: pick.category, method: 'weighted' });
  const pipelines = buildPipelines(kb, publicCloud, ranking);
  if (pipelines) {
    const place = pipelines.findIndex((p) => pipelineKey(p) === pipelineKey(pick)) + 1;
    return `rank ${place} of ${pipelines.length} candidate pipelines`;
  }
  const place = ranking.ranking.findIndex((o) => o.id === pick.option.id) + 1;
  return `rank ${place} of ${ranking.ranking.length} feasible options`;
};
const pipelineCategories: CategoryId[] = ['logging', 'monitoring'];

const stackOf = (profile: Profile, pins = {}) => {
  const outcome = composeStack(kb, profile, 'weighted', pins);
  if (!outcome.ok) throw new Error('no stack');
  return outcome.stack;
};

describe('whole-stack decision record (public cloud, no BGP)', () => {
  const all = record(publicCloud);
  const stack = stackOf(publicCloud);

  it('starts with title, status and date (MADR)', () => {
    expect(all.slice(0, 3)).toEqual([
      '# Decision record: container stack',
      'Status: proposed',
      `Date: ${DATE}`,
    ]);
    expect(all.filter((l) => l.startsWith('## '))).toEqual([
      '## Context and problem statement',
      '## Decision drivers',
      '## Considered options',
      '## Decision outcome',
      '## Consequences',
      '## Sources',
    ]);
  });

  it("covers every layer the stack fills, each with the stack's pick when the team chose nothing", () => {
    const outcome = section(all, 'Decision outcome');
    expect(outcome.filter((l) => l.startsWith('### '))).toEqual(
      stack.picks
        .map((p) => p.category)
        .sort(
          (a, b) => kb.categories.findIndex((c) => c.id === a) - kb.categories.findIndex((c) => c.id === b),
        )
        .map((c) => `### ${categoryName(c)}`),
    );
    for (const pick of stack.picks) {
      const text = subsection(outcome, categoryName(pick.category));
      expect(text[1]).toBe(
        `Chosen option: ${chosenNames(pick)} — the stack's pick; score ${pick.score.toFixed(3)}, ${placeOf(pick)}`,
      );
    }
  });

  it('lists every feasible option with its score, its distance to the choice and how often it is first', () => {
    const ranking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });
    const table = subsection(section(all, 'Considered options'), 'Networking').slice(1);
    expect(table[0]).toBe('Rank | Option | Score | Δ vs choice | First in | Top contributions');
    const rows = table.slice(1).map((row) => row.split(' | '));
    expect(rows.map((r) => r[2])).toEqual(ranking.ranking.map((o) => o.score.toFixed(3)));
    const chosen = stack.picks.find((p) => p.category === 'networking')?.option.id;
    expect(rows.find((r) => r[1]?.endsWith(`(${chosen})`))?.[3]).toBe('chosen');
  });

  it("gives the chosen option's maintenance state with its source", () => {
    const pick = stack.picks.find((p) => p.category === 'networking');
    if (!pick) throw new Error('no networking pick');
    const { state, source } = pick.option.status;
    expect(subsection(section(all, 'Decision outcome'), 'Networking')).toContain(
      `Maintenance: ${maintenanceStateNames.en[state]}${pick.option.status.asOf ? ` (as of ${pick.option.status.asOf})` : ''} — source: ${describeSource(kb, source)}`,
    );
  });

  it('says how sure each choice is, the same on every run (seeded samples)', () => {
    const ranking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });
    const chosen = stack.picks.find((p) => p.category === 'networking')?.option.id;
    const smaa = rankAcceptability(ranking, RECORD_SAMPLES, 1);
    const first = smaa.options.find((o) => o.id === chosen)?.ranks[0] ?? -1;
    const line = subsection(section(all, 'Decision outcome'), 'Networking').find((l) =>
      l.startsWith('Confidence:'),
    );
    expect(line).toContain(`over 1,000 sampled weightings and values`);
    expect(line).toContain(`is first in ${Math.round(first * 100)}%`);
    expect(record(publicCloud)).toEqual(all);
  });

  it.each(pipelineCategories)(
    '%s: considers the candidate pipelines, scored as buildPipelines scores them, with how often each is first',
    (category) => {
      const ranking = rank(kb, publicCloud, { category, method: 'weighted' });
      const pipelines = buildPipelines(kb, publicCloud, ranking) ?? [];
      const shares = pipelineAcceptability(kb, publicCloud, ranking, RECORD_SAMPLES, DEFAULT_SEED);
      const pick = stack.picks.find((p) => p.category === category);
      if (!pick || pipelines.length < 2 || !shares) throw new Error(`no ${category} pipelines`);
      // Components that cannot stand alone are no rows of their own.
      expect(pipelines.length).not.toBe(ranking.ranking.length);
      const decision = decisionData(kb, publicCloud, 'weighted').categories.find(
        (d) => d.category === category,
      );
      expect(
        decision?.pipelines?.map((p) => [p.key, p.members, p.score, p.delta, p.firstPlace, p.contributions]),
      ).toEqual(
        pipelines.map((p) => [
          pipelineKey(p),
          p.members.map((m) => m.option.id),
          p.score,
          p.score - pick.score,
          shares.get(pipelineKey(p)),
          p.values.map((v) => v.contribution),
        ]),
      );
      const table = subsection(section(all, 'Considered options'), categoryName(category)).slice(1);
      expect(table[0]).toBe('Rank | Pipeline | Score | Δ vs choice | First in | Top contributions');
      const rows = table.slice(1).map((row) => row.split(' | '));
      expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(
        pipelines.map((p, i) => [
          String(i + 1),
          p.members.map((m) => `${m.option.name} (${m.option.id})`).join(' + '),
          p.score.toFixed(3),
        ]),
      );
      const chosenRow = pipelines.findIndex((p) => pipelineKey(p) === pipelineKey(pick));
      expect(rows.map((r) => r[3] === 'chosen')).toEqual(pipelines.map((_, i) => i === chosenRow));
    },
  );

  it.each(pipelineCategories)(
    '%s: how sure the chosen pipeline is is its share of first places among the pipelines',
    (category) => {
      const ranking = rank(kb, publicCloud, { category, method: 'weighted' });
      const pick = stack.picks.find((p) => p.category === category);
      if (!pick) throw new Error(`no ${category} pick`);
      const share = pipelineAcceptability(kb, publicCloud, ranking, RECORD_SAMPLES, DEFAULT_SEED)?.get(
        pipelineKey(pick),
      );
      if (share === undefined) throw new Error('the pick is no candidate pipeline');
      // Strictly between 0.5% and 99.5%: the record rounds it to a whole percent.
      expect(share).toBeGreaterThan(0.005);
      expect(share).toBeLessThan(0.995);
      const chosen = decisionData(kb, publicCloud, 'weighted').categories.find(
        (d) => d.category === category,
      )?.chosen;
      expect(chosen?.confidence).toEqual({ kind: 'pipeline', firstPlace: share });
      expect(subsection(section(all, 'Decision outcome'), categoryName(category))).toContain(
        `Confidence: over 1,000 sampled weightings and values, this pipeline is first among the candidate pipelines in ${Math.round(share * 100)}%.`,
      );
    },
  );

  it('names macvlan among the exclusions with the reason the engine gives, under consequences', () => {
    const macvlan = rank(kb, publicCloud, { category: 'networking', method: 'weighted' }).excluded.find(
      (o) => o.id === 'macvlan',
    );
    if (!macvlan) throw new Error('macvlan is not excluded');
    const networking = subsection(section(all, 'Consequences'), 'Networking');
    expect(networking).toContain('- Macvlan (macvlan)');
    for (const reason of macvlan.reasons) expect(networking).toContain(`  - ${describeReason(kb, reason)}`);
  });

  it.each<CategoryId>(['networking', 'logging'])(
    "turns the chosen options' pros and cons into good and bad consequences, with sources (%s)",
    (category) => {
      const pick = stack.picks.find((p) => p.category === category);
      if (!pick) throw new Error(`no ${category} pick`);
      const text = subsection(section(all, 'Consequences'), categoryName(category));
      const [good, bad] = [text.indexOf('#### Good'), text.indexOf('#### Bad')];
      expect(good).toBeGreaterThan(0);
      const named = pick.members.length > 1;
      const line = (option: { name: string }, item: SourcedText) =>
        `- ${named ? `${option.name}: ` : ''}${item.text.en} — source: ${describeSource(kb, item.source)}`;
      for (const { option } of pick.members) {
        for (const pro of option.pros.filter((p) => !p.if))
          expect(text.slice(good, bad)).toContain(line(option, pro));
        for (const con of option.cons.filter((c) => !c.if))
          expect(text.slice(bad)).toContain(line(option, con));
      }
    },
  );

  it('states the assumptions per layer', () => {
    const ranking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });
    expect(ranking.assumptions.length).toBeGreaterThan(0);
    const networking = subsection(section(all, 'Consequences'), 'Networking');
    for (const a of ranking.assumptions) expect(networking).toContain(`- ${describeAssumption(a)}`);
  });

  it('describes the environment in words and the drivers with weights, must-haves and method', () => {
    const context = section(all, 'Context and problem statement');
    expect(context).toContain('- Orchestrator: Kubernetes');
    expect(context).toContain('- Where the hosts run: public cloud');
    expect(context).toContain('- BGP peering available: no');
    expect(context).toContain('- Host kernel: unknown');
    const drivers = section(all, 'Decision drivers');
    expect(drivers).toContain('Scoring method: weighted sum');
    expect(drivers).toContain('Archived, retired and removed projects are excluded.');
    const ranking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });
    for (const { criterion, weight } of ranking.criteria)
      expect(drivers).toContain(`- ${kb.criterionById.get(criterion)?.name.en}: weight ${weight}/5`);
    expect(drivers).toContain('Must-have: Cross-host (level ≥ 3)');
  });

  it('lists each cited source once, and every one exists in the knowledge base', () => {
    const ids = section(all, 'Sources')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2, line.indexOf(':')));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(kb.sourceById.has(id), id).toBe(true);
  });
});

describe("the team's choices", () => {
  const networking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' }).ranking;
  const third = networking[2];
  if (!third) throw new Error('fewer than three networking options');
  const profile: Profile = { ...publicCloud, choices: { networking: third.id } };
  const all = record(profile, { rationales: { networking: 'Our SREs already run it.' } });

  it('records the choice even when it is not #1, with its rank and the rationale', () => {
    const outcome = subsection(section(all, 'Decision outcome'), 'Networking');
    expect(outcome[1]).toBe(
      `Chosen option: ${third.name} (${third.id}) — the team's choice; score ${third.score.toFixed(3)}, rank 3 of ${networking.length} feasible options`,
    );
    expect(outcome[2]).toBe('Because: Our SREs already run it.');
    const rows = subsection(section(all, 'Considered options'), 'Networking')
      .slice(2)
      .map((r) => r.split(' | '));
    expect(rows[2]?.[3]).toBe('chosen');
    expect(rows[0]?.[3]).toBe(`+${((networking[0]?.score ?? 0) - third.score).toFixed(3)}`);
  });

  it('re-optimises the other layers around the choice, and says where no rationale was given', () => {
    const pinned = stackOf(profile, { networking: third.id });
    const outcome = section(all, 'Decision outcome');
    for (const pick of pinned.picks.filter((p) => p.category !== 'networking')) {
      const text = subsection(outcome, categoryName(pick.category));
      expect(text[1]).toContain(`${chosenNames(pick)} — the stack's pick; score ${pick.score.toFixed(3)}`);
      expect(text[2]).toBe('No rationale given.');
    }
  });

  it('explains a choice the environment excludes and falls back to the stack', () => {
    const macvlan = networking.find((o) => o.id === 'macvlan');
    expect(macvlan).toBeUndefined();
    const text = subsection(
      section(record({ ...publicCloud, choices: { networking: 'macvlan' as OptionId } }), 'Decision outcome'),
      'Networking',
    );
    expect(text[1]).toBe("The team's choice Macvlan (macvlan) cannot be used here:");
    expect(text[2]).toContain('environment.l2 is false');
    expect(text.find((l) => l.startsWith('Chosen option:'))).toContain("the stack's pick");
  });

  it('keeps choices that clash and names the rule in the context', () => {
    const open = profileSchema.parse({
      version: 1,
      // marathon-lb is archived: it is an option only when unmaintained projects count.
      includeUnmaintained: true,
      choices: { orchestration: 'kubernetes', 'service-discovery': 'marathon-lb' },
    });
    const all = record(open);
    const context = section(all, 'Context and problem statement');
    expect(context).toContain(
      "The team's choices cannot all stand together; the stack around them is composed without them:",
    );
    expect(context.some((l) => l.includes('only works with Marathon on Mesos / DC/OS'))).toBe(true);
    const outcome = section(all, 'Decision outcome');
    expect(subsection(outcome, 'Orchestration')[1]).toContain("(kubernetes) — the team's choice");
    expect(subsection(outcome, categoryName('service-discovery'))[1]).toContain(
      "(marathon-lb) — the team's choice",
    );
  });
});

describe('a choice inside pipelines', () => {
  const logging = rank(kb, publicCloud, { category: 'logging', method: 'weighted' });
  const pipelines = buildPipelines(kb, publicCloud, logging) ?? [];
  const holding = (id: string) => pipelines.filter((p) => p.members.some((m) => m.option.id === id));
  const chosenIn = (profile: Profile, category: CategoryId) =>
    decisionData(kb, profile, 'weighted').categories.find((d) => d.category === category)?.chosen;

  it("a component of several pipelines: the chosen pipeline is the stack's pick around it", () => {
    expect(holding('loki').length).toBeGreaterThan(1);
    const profile: Profile = { ...publicCloud, choices: { logging: 'loki' as OptionId } };
    const pick = stackOf(profile, { logging: 'loki' }).picks.find((p) => p.category === 'logging');
    if (!pick) throw new Error('no logging pick');
    expect(chosenIn(profile, 'logging')?.key).toBe(pipelineKey(pick));
    const place = pipelines.findIndex((p) => pipelineKey(p) === pipelineKey(pick)) + 1;
    expect(subsection(section(record(profile), 'Decision outcome'), 'Logging')[1]).toBe(
      `Chosen option: ${chosenNames(pick)} — the team's choice; score ${pick.score.toFixed(3)}, rank ${place} of ${pipelines.length} candidate pipelines`,
    );
  });

  it('a component that completes no pipeline is recorded alone, with no confidence', () => {
    const monitoring = rank(kb, publicCloud, { category: 'monitoring', method: 'weighted' });
    const graphite = monitoring.ranking.find((o) => o.id === 'graphite');
    if (!graphite) throw new Error('graphite is not a feasible monitoring option');
    const all = buildPipelines(kb, publicCloud, monitoring) ?? [];
    expect(all.some((p) => p.members.some((m) => m.option.id === 'graphite'))).toBe(false);
    const profile: Profile = { ...publicCloud, choices: { monitoring: graphite.id } };
    const text = subsection(section(record(profile), 'Decision outcome'), 'Monitoring');
    expect(text[1]).toBe(
      `Chosen option: ${graphite.name} (graphite) — the team's choice; score ${graphite.score.toFixed(3)}, part of no complete pipeline`,
    );
    expect(text).toContain('Confidence: none is given, as this option completes no pipeline.');
    const rows = subsection(section(record(profile), 'Considered options'), 'Monitoring').slice(2);
    expect(rows).toHaveLength(all.length);
    expect(rows.some((r) => r.split(' | ')[3] === 'chosen')).toBe(false);
  });
});

describe('record options', () => {
  it.each<[RecordOptions, string]>([
    [{ status: 'accepted' }, 'Status: accepted'],
    [{ status: 'superseded' }, 'Status: superseded'],
    [{ status: 'superseded', supersededBy: ' ADR-0007 ' }, 'Status: superseded — superseded by ADR-0007'],
    [{ status: 'proposed', supersededBy: 'ADR-0007' }, 'Status: proposed'],
  ])('status %j', (options, line) => {
    expect(record(publicCloud, options)[1]).toBe(line);
  });

  it('covers only the layers asked for', () => {
    const all = record(publicCloud, { categories: ['logging'] });
    expect(all).toContain('### Logging');
    expect(all).not.toContain('### Networking');
  });

  it('links the architecture picture from the outcome when one is given, and draws it as SVG', () => {
    const data = decisionData(kb, publicCloud, 'weighted');
    const diagram = recordDiagram(kb, data, 'en');
    expect(diagram?.file).toBe('decision-record.svg');
    expect(diagram?.svg.startsWith('<svg')).toBe(true);
    expect(diagram?.svg).toContain('<title id="decision-record-title">The chosen stack</title>');
    const markdown = decisionRecord(kb, publicCloud, 'weighted', 'en', { date: DATE, diagram });
    expect(markdown).toContain('## Decision outcome\n\n![architecture](decision-record.svg)\n\n### ');
    expect(decisionRecord(kb, publicCloud, 'weighted', 'en', { date: DATE })).not.toContain('![');
  });

  it('says when a layer has no weights (all criteria equal)', () => {
    const profile = profileSchema.parse({ version: 1 });
    const data = decisionData(kb, profile, 'topsis');
    const all = lines(decisionRecordBlocks(kb, data, 'en', { categories: ['networking'] }));
    expect(section(all, 'Decision drivers')).toContain('No weights set: all criteria count equally.');
    expect(all).toContain('Scoring method: TOPSIS');
  });

  it.each<['zh' | 'ru', string[]]>([
    ['zh', ['# 决策记录：容器技术栈', '状态: 提议', '## 背景与问题', '## 决策因素', '## 影响', '## 来源']],
    ['ru', ['# Запись о решении: контейнерный стек', '## Контекст и постановка задачи', '## Последствия']],
  ])('writes %s headings and localized knowledge texts', (lang, expected) => {
    const all = record(publicCloud, {}, lang);
    for (const line of expected) expect(all).toContain(line);
    expect(all).toContain(`### ${kb.categories.find((c) => c.id === 'networking')?.name[lang]}`);
    const macvlan = rank(kb, publicCloud, { category: 'networking', method: 'weighted' }).excluded.find(
      (o) => o.id === 'macvlan',
    );
    for (const reason of macvlan?.reasons ?? [])
      expect(all).toContain(`  - ${describeReason(kb, reason, lang)}`);
  });
});

describe('decision record: pros that depend on the environment', () => {
  const bgpPro = kb.optionById.get('calico-bgp')?.pros.find((p) => p.if?.bgp === true);
  const recordWith = (bgp: boolean) =>
    record(
      profileSchema.parse({
        version: 1,
        environment: { orchestrator: 'kubernetes', cloud: 'private', bgp, l2: true },
        weights: { debuggability: 5, encryption: 3 },
        choices: { networking: 'calico-bgp' },
      }),
      { categories: ['networking'] },
    );

  it('leaves out a pro that needs BGP when the profile has none, and keeps it with BGP', () => {
    if (!bgpPro) throw new Error('calico-bgp has no pro that needs BGP');
    const text = `- ${bgpPro.text.en} — source: ${describeSource(kb, bgpPro.source)}`;
    const [withBgp, without] = [recordWith(true), recordWith(false)];
    for (const r of [withBgp, without])
      expect(r.some((l) => l.startsWith('Chosen option: Calico (BGP, no encapsulation)'))).toBe(true);
    expect(withBgp).toContain(text);
    expect(without).not.toContain(text);
  });
});
