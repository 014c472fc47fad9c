import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { Knowledge } from '../../src/domain/knowledge';
import { applyOverlay } from '../../src/domain/overlay';
import {
  languages,
  profileSchema,
  type Language,
  type OptionId,
  type Profile,
} from '../../src/domain/schemas';
import { readDataDir } from '../../src/node/read-data-dir';
import { decisionRecord, recordTexts } from '../../src/words/decision';

// The overlay section of a decision record: the overlay's name, owner and full SHA-256, what it
// added and replaced, and the record's facts it set; in every language, its texts escaped.

const base = readDataDir(join(process.cwd(), 'data'));
const exampleText = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown>;
const profile: Profile = profileSchema.parse(
  JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')),
);
const HASH = createHash('sha256').update(exampleText, 'utf8').digest('hex');
const OPTIONS = { date: '2026-01-15', samples: 100 };

function overlaid(text: string): Knowledge {
  const result = applyOverlay(base, text, 'team.overlay.json');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.knowledge;
}

const kb = overlaid(exampleText);
const record = (knowledge: Knowledge, lang: Language, p: Profile = profile) =>
  decisionRecord(knowledge, p, 'weighted', lang, OPTIONS);

/** The Markdown from the overlay's "### " heading up to the next heading. */
function overlaySection(markdown: string, lang: Language): string {
  const heading = `### ${recordTexts[lang].overlay}`;
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no "${heading}" in the record`);
  const end = markdown.indexOf('\n#', start + heading.length + 2);
  return markdown.slice(start + 1, end < 0 ? undefined : end).trimEnd();
}

const DESCRIPTION =
  "Acme's own evidence for its two private data centres (spine-leaf fabric, BGP to every top-of-rack switch, no L2 between racks): the October 2026 pod-to-pod iperf3 campaign on 25GbE, the in-house acme-cni plugin, and the platform team's decision to stop building on Canal. Fictional example of the overlay format; every fact cites one of the team's own sources.";
const BENCHMARK =
  "2026-10 Pod-to-pod TCP throughput on Acme's 25GbE data-centre fabric (Acme platform team, 2026)";
const SOURCE =
  'Acme DC pod-to-pod throughput campaign, October 2026 (2026), Results table (median of 5 runs)';
const OWNER = 'Acme platform team \\<platform@acme.example\\>';

describe('the overlay section of a decision record', () => {
  it('in English: name, owner, full hash, counts, and the measurement the choice rests on', () => {
    expect(overlaySection(record(kb, 'en'), 'en')).toBe(
      [
        '### Knowledge overlay',
        `Knowledge overlay “acme-dc” (${OWNER}), SHA-256 ${HASH}: 3 sources, 1 option, 1 benchmark added; 1 status replaced.`,
        `Description: ${DESCRIPTION}`,
        'Facts from it in this decision:',
        `- Calico (BGP, no encapsulation) (calico-bgp), Throughput: measured (${BENCHMARK}, 25 GbE, offload on) — source: ${SOURCE}`,
      ].join('\n\n'),
    );
  });

  it('in Chinese, with full-width punctuation', () => {
    expect(overlaySection(record(kb, 'zh'), 'zh')).toBe(
      [
        '### 知识叠加数据',
        `知识叠加数据“acme-dc”（${OWNER}），SHA-256 ${HASH}：新增 3 个来源、1 个方案、1 项基准测试；替换 1 项状态。`,
        `说明：${DESCRIPTION}`,
        '本决策中来自它的事实：',
        `- Calico (BGP, no encapsulation) (calico-bgp) 的吞吐量：实测（${BENCHMARK}，25 GbE，卸载开启）（来源：${SOURCE}）`,
      ].join('\n\n'),
    );
  });

  it('in Russian, the counts declined', () => {
    expect(overlaySection(record(kb, 'ru'), 'ru')).toBe(
      [
        '### Наложение на базу знаний',
        `Наложение на базу знаний «acme-dc» (${OWNER}), SHA-256 ${HASH} — добавлено: 3 источника, 1 вариант, 1 измерение; заменено: 1 статус.`,
        `Описание: ${DESCRIPTION}`,
        'Факты из него в этом решении:',
        `- Calico (BGP, no encapsulation) (calico-bgp), Пропускная способность: измерено (${BENCHMARK}, 25 GbE, offload включён) — источник: ${SOURCE}`,
      ].join('\n\n'),
    );
  });

  it('stands in the context section and cites the team’s source in the Sources list', () => {
    const markdown = record(kb, 'en');
    const overlayAt = markdown.indexOf('### Knowledge overlay');
    expect(overlayAt).toBeGreaterThan(markdown.indexOf('## Context and problem statement'));
    expect(overlayAt).toBeLessThan(markdown.indexOf('## Decision drivers'));
    const sources = markdown.slice(markdown.indexOf('## Sources'));
    expect(sources).toContain(
      '- acme-dc-iperf-2026-10: Acme DC pod-to-pod throughput campaign, October 2026 (2026), Acme platform team',
    );
  });

  it('names an added option, a replaced status and a replaced value', () => {
    const patched = overlaid(
      JSON.stringify({
        ...example,
        values: [
          {
            option: 'calico-bgp',
            criterion: 'simplicity',
            override: true,
            value: { level: 3, source: { source: 'acme-adr-017', section: 'Context' } },
          },
        ],
      }),
    );
    const adr = 'ADR-017: no new clusters on Canal (2026)';
    const line = (markdown: string) => overlaySection(markdown, 'en').split('\n\n').slice(4).join('\n');
    expect(line(record(patched, 'en'))).toBe(
      [
        `- Calico (BGP, no encapsulation) (calico-bgp), Simplicity: value replaced — source: ${adr}, Context`,
        `- Calico (BGP, no encapsulation) (calico-bgp), Throughput: measured (${BENCHMARK}, 25 GbE, offload on) — source: ${SOURCE}`,
      ].join('\n'),
    );
    expect(overlaySection(record(patched, 'en'), 'en')).toContain('1 value, 1 status replaced.');
    const canal = record(kb, 'en', { ...profile, choices: { networking: 'canal' as OptionId } });
    expect(line(canal)).toBe(
      `- Canal (flannel + Calico policy) (canal): status replaced — source: ${adr}, Decision`,
    );
    const acme = record(kb, 'zh', { ...profile, choices: { networking: 'acme-cni' as OptionId } });
    expect(overlaySection(acme, 'zh')).toContain('- acme-cni (in-house) (acme-cni)：新增方案\n');
  });

  it('says so when no fact of the record comes from it', () => {
    const statusOnly = overlaid(
      JSON.stringify({
        overlay: 1,
        name: 'adr',
        owner: 'Acme architecture review',
        sources: [(example.sources as unknown[])[2]],
        statuses: example.statuses,
      }),
    );
    expect(overlaySection(record(statusOnly, 'en'), 'en').split('\n\n').slice(1)).toEqual([
      `Knowledge overlay “adr” (Acme architecture review), SHA-256 ${statusOnly.overlay?.sha256 ?? ''}: 1 source added; 1 status replaced.`,
      'No fact about the chosen options comes from it.',
    ]);
    expect(overlaySection(record(statusOnly, 'ru'), 'ru')).toContain(
      '— добавлено: 1 источник; заменено: 1 статус.\n\nНи один факт о выбранных вариантах не взят из него.',
    );
    expect(overlaySection(record(statusOnly, 'zh'), 'zh')).toContain(
      '：新增 1 个来源；替换 1 项状态。\n\n选定方案的事实均不来自它。',
    );
  });
});

describe('what an overlay brings is escaped', () => {
  const md = new MarkdownIt({ html: true, linkify: false });
  const hostile = overlaid(
    JSON.stringify({
      ...example,
      owner: '*x*](javascript:alert(1))',
      description: 'fine\n# heading\n<script>alert(1)</script>\n- [link](javascript:alert(2))',
    }),
  );

  it('escapes the owner and the description as Markdown text', () => {
    const section = overlaySection(record(hostile, 'en'), 'en');
    expect(section).toContain('“acme-dc” (\\*x\\*\\](javascript:alert(1))), SHA-256');
    expect(section).toContain(
      'Description: fine\\\n\\# heading\\\n\\<script\\>alert(1)\\</script\\>\\\n\\- \\[link\\](javascript:alert(2))',
    );
    const html = md.render(section);
    expect(html).not.toMatch(/<(a|script|em|strong|h1)\b/);
    expect(html.match(/<h3>/g)).toHaveLength(1);
    // The one list item is the record's own (the measurement), not the description's.
    expect(html.match(/<li>/g)).toHaveLength(1);
    expect(html).toContain('(*x*](javascript:alert(1)))');
  });

  it('escapes a name that did not come through the schema, and keeps it on one line', () => {
    const overlay = hostile.overlay;
    if (!overlay) throw new Error('no overlay');
    const forged: Knowledge = {
      ...hostile,
      overlay: { ...overlay, name: '[x](javascript:alert(1))\n# owned', owner: 'a\r\n\u2028b' },
    };
    for (const lang of languages) {
      const section = overlaySection(record(forged, lang), lang);
      expect(section).toContain('\\[x\\](javascript:alert(1)) \\# owned');
      expect(section).toMatch(/[(（]a b[)）]/);
      expect(md.render(section)).not.toContain('href');
    }
  });
});

describe('without an overlay', () => {
  const plain = readKnowledge();

  it('a record has no overlay section in any language', () => {
    for (const lang of languages) {
      const markdown = record(plain, lang);
      expect(markdown).not.toContain(recordTexts[lang].overlay);
      expect(markdown).not.toContain('SHA-256');
    }
  });

  it('a knowledge base with the overlay merged but not named has none either', () => {
    const { overlay, ...unnamed } = kb;
    expect(overlay).toBeDefined();
    expect(record(unnamed, 'en')).not.toContain('Knowledge overlay');
  });
});

describe('the overlay’s counts in words', () => {
  const counts = (...pairs: [string, number][]) =>
    pairs.map(([kind, count]) => ({ kind, count })) as Parameters<
      (typeof recordTexts)['en']['overlayChanges']
    >[0];

  it('in English, singular and plural', () => {
    const t = recordTexts.en;
    expect(t.overlayChanges(counts(['case-study', 1], ['stack-rule', 2]), counts(['value', 3]))).toBe(
      '1 case study, 2 stack rules added; 3 values replaced',
    );
    expect(t.overlayChanges([], counts(['status', 2]))).toBe('2 statuses replaced');
    expect(t.overlayChanges([], [])).toBe('nothing added or replaced');
  });

  it('in Chinese, with measure words and an enumeration comma', () => {
    const t = recordTexts.zh;
    expect(t.overlayChanges(counts(['source', 2], ['stack-rule', 1]), counts(['value', 4]))).toBe(
      '新增 2 个来源、1 条组合规则；替换 4 项取值',
    );
    expect(t.overlayChanges([], [])).toBe('未新增或替换任何内容');
  });

  it('in Russian, each count with its own form', () => {
    const t = recordTexts.ru;
    expect(
      t.overlayChanges(counts(['source', 1], ['option', 2], ['benchmark', 5], ['case-study', 21]), []),
    ).toBe('добавлено: 1 источник, 2 варианта, 5 измерений, 21 пример внедрения');
    expect(t.overlayChanges([], counts(['stack-rule', 3], ['value', 11]))).toBe(
      'заменено: 3 правила стека, 11 значений',
    );
    expect(t.overlayChanges([], [])).toBe('ничего не добавлено и не заменено');
  });
});
