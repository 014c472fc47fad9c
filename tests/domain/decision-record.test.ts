import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  decisionRecord,
  defaultRecordCategories,
  recordToMarkdown,
  type RecordBlock,
} from '../../src/domain/decision';
import { profileSchema, type Profile } from '../../src/domain/schemas';
import { describeAssumption, describeReason, describeSource, rank } from '../../src/domain/scoring';

const kb = readKnowledge();
const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
const publicCloud: Profile = preset.profile;

/** The text between a "## title" heading and the next "## " heading. */
function section(record: string, title: string): string {
  const start = record.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`no section "${title}"`);
  const end = record.indexOf('\n## ', start + 1);
  return record.slice(start, end < 0 ? undefined : end);
}

/** The text of "### name" up to the next heading of level ≤ 3. */
function subsection(text: string, name: string): string {
  const start = text.indexOf(`\n### ${name}\n`);
  if (start < 0) throw new Error(`no subsection "${name}"`);
  const rest = text.slice(start + 1);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('decisionRecord on the real knowledge base (public cloud, no BGP)', () => {
  const record = decisionRecord(kb, publicCloud, 'weighted', 'en', {
    categories: ['networking'],
    date: '2026-01-15',
  });
  const ranking = rank(kb, publicCloud, { category: 'networking', method: 'weighted' });

  it('starts with title, date and status "proposed"', () => {
    expect(record.split('\n\n').slice(0, 3)).toEqual([
      '# Decision record: container stack',
      'Date: 2026-01-15',
      'Status: proposed',
    ]);
  });

  it('chooses the first option of rank() as the networking outcome, with its pros and cons', () => {
    const top = ranking.ranking[0];
    const option = top && kb.optionById.get(top.id);
    if (!top || !option) throw new Error('no feasible networking option');
    const outcome = subsection(section(record, 'Decision outcome'), 'Networking');
    expect(outcome).toContain(`Chosen option: ${option.name} (${option.id}) — score ${top.score.toFixed(3)}`);
    for (const item of [...option.pros, ...option.cons]) {
      expect(outcome).toContain(`- ${item.text.en} — source: ${describeSource(kb, item.source)}`);
    }
  });

  it('lists every feasible option in rank order with its score', () => {
    const rows = section(record, 'Considered options')
      .split('\n')
      .filter((line) => /^\| \d+ \|/.test(line));
    expect(rows.map((row) => row.split(' | ')[2])).toEqual(ranking.ranking.map((o) => o.score.toFixed(3)));
    expect(rows[0]).toContain(`(${ranking.ranking[0]?.id})`);
  });

  it('names macvlan under excluded options with the reason the engine gives', () => {
    const macvlan = ranking.excluded.find((o) => o.id === 'macvlan');
    if (!macvlan) throw new Error('macvlan is not excluded');
    const excluded = section(record, 'Excluded options and why');
    expect(excluded).toContain('- Macvlan (macvlan)');
    for (const reason of macvlan.reasons) expect(excluded).toContain(`  - ${describeReason(kb, reason)}`);
    expect(excluded).toContain('environment.l2 is false');
  });

  it('describes the environment in words and lists unknown answers as unknown', () => {
    const context = section(record, 'Context');
    expect(context).toContain('- Orchestrator: Kubernetes');
    expect(context).toContain('- Where the hosts run: public cloud');
    expect(context).toContain('- BGP peering available: no');
    expect(context).toContain('- Host kernel: unknown');
  });

  it('lists weighted criteria with their weights and the must-haves as drivers', () => {
    const drivers = section(record, 'Decision drivers');
    for (const { criterion, weight } of ranking.criteria) {
      expect(drivers).toContain(`- ${kb.criterionById.get(criterion)?.name.en}: weight ${weight}/5`);
    }
    expect(drivers).toContain('Must-have: Cross-host (level ≥ 3)');
  });

  it('states the assumptions the engine made', () => {
    const assumptions = section(record, 'Assumptions');
    expect(ranking.assumptions.length).toBeGreaterThan(0);
    for (const a of ranking.assumptions)
      expect(assumptions).toContain(`- Networking: ${describeAssumption(a)}`);
  });

  it('lists each cited source once, and every one exists in the knowledge base', () => {
    const ids = section(record, 'Sources')
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2, line.indexOf(':')));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(kb.sourceById.has(id), id).toBe(true);
    const cited = ranking.excluded.flatMap((o) => o.reasons.map((r) => r.source.source));
    for (const id of cited) expect(ids).toContain(id);
  });
});

describe('decisionRecord options and languages', () => {
  it('includes networking always and the categories the profile weights', () => {
    const profile = profileSchema.parse({ version: 1, weights: { logCollection: 3 } });
    expect(defaultRecordCategories(kb, profile)).toEqual(['networking', 'logging']);
    expect(defaultRecordCategories(kb, { ...profile, weights: {} })).toEqual(['networking']);
  });

  it('only covers the chosen categories', () => {
    const record = decisionRecord(kb, publicCloud, 'weighted', 'en', { categories: ['logging'] });
    expect(record).toContain('\n### Logging\n');
    expect(record).not.toContain('\n### Networking\n');
  });

  it('says when a category has no weights (all criteria equal)', () => {
    const profile = profileSchema.parse({ version: 1 });
    const record = decisionRecord(kb, profile, 'topsis', 'en', { categories: ['networking'] });
    expect(section(record, 'Decision drivers')).toContain('No weights set: all criteria count equally.');
    expect(record).toContain('Scoring method: TOPSIS');
  });

  it.each<['zh' | 'ru', string[]]>([
    ['zh', ['# 决策记录：容器技术栈', '## 背景', '## 决策因素', '## 被排除的方案及原因', '## 来源']],
    ['ru', ['# Запись о решении: контейнерный стек', '## Контекст', '## Исключённые варианты и причины']],
  ])('writes %s headings and localized knowledge texts', (lang, headings) => {
    const record = decisionRecord(kb, publicCloud, 'weighted', lang, { categories: ['networking'] });
    for (const heading of headings) expect(record).toContain(`${heading}\n`);
    const networking = kb.categories.find((c) => c.id === 'networking');
    expect(record).toContain(`### ${networking?.name[lang]}\n`);
    expect(record).toContain(kb.criterionById.get('throughput')?.name[lang]);
    const macvlan = rank(kb, publicCloud, { category: 'networking', method: 'weighted' }).excluded.find(
      (o) => o.id === 'macvlan',
    );
    for (const reason of macvlan?.reasons ?? []) expect(record).toContain(describeReason(kb, reason, lang));
  });
});

describe('recordToMarkdown', () => {
  it.each<[string, RecordBlock, string]>([
    ['heading', { kind: 'heading', level: 3, text: 'Logging' }, '### Logging'],
    ['paragraph joins lines', { kind: 'paragraph', text: 'one\n  two' }, 'one two'],
    [
      'nested list',
      { kind: 'list', items: [{ text: 'a', items: ['x', 'y'] }, { text: 'b' }] },
      '- a\n  - x\n  - y\n- b',
    ],
    [
      'table escapes pipes',
      { kind: 'table', head: ['A', 'B'], rows: [['1', 'x | y']] },
      '| A | B |\n| --- | --- |\n| 1 | x \\| y |',
    ],
  ])('%s', (_name, block, markdown) => {
    expect(recordToMarkdown([block])).toBe(`${markdown}\n`);
  });
});

describe('decision record: pros that depend on the environment', () => {
  const bgpPro = kb.optionById.get('calico-bgp')?.pros.find((p) => p.if?.bgp === true);
  const record = (bgp: boolean) =>
    decisionRecord(
      kb,
      profileSchema.parse({
        version: 1,
        environment: { orchestrator: 'kubernetes', cloud: 'private', bgp, l2: true },
        // Weights under which calico-bgp is first both with and without BGP.
        weights: { debuggability: 5, encryption: 3 },
      }),
      'weighted',
      'en',
      { categories: ['networking'], date: '2026-01-15' },
    );

  it('leaves out a pro that needs BGP when the profile has none, and keeps it with BGP', () => {
    expect(bgpPro).toBeDefined();
    const text = bgpPro?.text.en ?? '?';
    const [withBgp, without] = [record(true), record(false)];
    for (const r of [withBgp, without]) expect(r).toContain('Chosen option: Calico (BGP, no encapsulation)');
    expect(withBgp).toContain(text);
    expect(without).not.toContain(text);
  });
});
