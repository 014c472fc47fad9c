import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { decisionData } from '../../src/domain/decision';
import type { Language, OptionId, Profile } from '../../src/domain/schemas';
import {
  decisionRecord,
  decisionRecordBlocks,
  escapeDestination,
  escapeInline,
  escapeMarkdown,
  escapeParagraph,
  recordDiagram,
  recordToMarkdown,
  type RecordBlock,
  type RecordOptions,
} from '../../src/words/decision';

/** A CommonMark parser with the GFM tables and strikethrough; raw HTML on, bare URLs left alone. */
const md = new MarkdownIt({ html: true, linkify: false });

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
/** Every tag of the HTML as written, comments and doctypes included. */
const tagsOf = (html: string): string[] => [...new Set(html.match(/<[^>]*>/g) ?? [])].sort();
/** What a browser shows of the HTML: tags dropped, entities decoded once. */
const textOf = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\n$/, '');

/** markdown-it's HTML for one piece of escaped text: which tags it holds and what it shows. */
function rendered(markdown: string): { tags: string[]; text: string } {
  const html = md.render(markdown);
  return { tags: tagsOf(html), text: textOf(html) };
}

const PARAGRAPH = ['</p>', '<p>'];
/** How CommonMark reads line endings: "\r\n" and "\r" are "\n". */
const normalized = (text: string): string => text.replace(/\r\n?/g, '\n');

describe('escapeMarkdown: minimal, and a real parser shows exactly the input', () => {
  it.each<[string, string, string]>([
    ['closing a textarea, opening a script', '</textarea><script>', '\\</textarea\\>\\<script\\>'],
    ['script with a payload', '<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['HTML comment', '<!-- x -->', '\\<\\!-- x --\\>'],
    ['img with an onerror handler', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert(1)\\>'],
    ['a javascript: link', '[x](javascript:alert(1))', '\\[x\\](javascript:alert(1))'],
    ['an image', '![x](http://e.test/t.png)', '\\!\\[x\\](http://e.test/t.png)'],
    ['a reference definition', '[x]: http://e.test', '\\[x\\]: http://e.test'],
    ['a reference link', '[x][y] and [y]', '\\[x\\]\\[y\\] and \\[y\\]'],
    ['an autolink', '<http://e.test>', '\\<http://e.test\\>'],
    ['an e-mail autolink', '<a@e.test>', '\\<a@e.test\\>'],
    ['a table row', '| a | b |', '\\| a \\| b \\|'],
    ['a heading', '# heading', '\\# heading'],
    ['a quote', '> quoted', '\\> quoted'],
    ['an ordered list', '1. first', '1\\. first'],
    ['an ordered list with a parenthesis', '12) twelfth', '12\\) twelfth'],
    ['an empty ordered item', '7.', '7\\.'],
    ['a bullet', '- item', '\\- item'],
    ['a plus bullet', '+ item', '\\+ item'],
    ['a star bullet', '* item', '\\* item'],
    ['a thematic break of stars', '***', '\\*\\*\\*'],
    ['a thematic break of underscores', '___', '\\_\\_\\_'],
    ['a thematic break of spaced dashes', '- - -', '\\- - -'],
    ['a setext underline of dashes', '---', '\\---'],
    ['a setext underline of equals', '===', '\\==='],
    ['emphasis', '_a_ *b* __c__', '\\_a\\_ \\*b\\* \\_\\_c\\_\\_'],
    ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['a code span', '`rm -rf /`', '\\`rm -rf /\\`'],
    ['a code fence', '```js', '\\`\\`\\`js'],
    ['a tilde fence', '~~~', '\\~\\~\\~'],
    ['an attribute list', '{#id .class}', '\\{\\#id .class\\}'],
    ['named entities', 'AT&T &lt;b&gt; &amp;', 'AT\\&T \\&lt;b\\&gt; \\&amp;'],
    ['numeric entities', '&#x3C;script&#62;', '\\&\\#x3C;script\\&\\#62;'],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['a backslash', 'C:\\dir\\', 'C:\\\\dir\\\\'],
    ['a backslash before a pipe', 'a\\|b', 'a\\\\\\|b'],
    ['a heading after a newline', 'fine\n# heading', 'fine\n\\# heading'],
    ['a list after a newline', 'fine\n- item', 'fine\n\\- item'],
    ['a plus list after CRLF', 'fine\r\n+ item', 'fine\r\n\\+ item'],
    ['an ordered list after a lone CR', 'fine\r1. item', 'fine\r1\\. item'],
    ['a setext heading after a newline', 'Title\n===', 'Title\n\\==='],
    ['a setext heading of dashes', 'Title\n---', 'Title\n\\---'],
    ['a quote after a newline', 'fine\n> quote', 'fine\n\\> quote'],
    ['a table after newlines', 'a\n| x | y |\n|---|---|', 'a\n\\| x \\| y \\|\n\\|---\\|---\\|'],
    ['a table without outer pipes', 'x | y\n--- | ---', 'x \\| y\n\\--- \\| ---'],
    ['a line separator is no line break', 'a\u2028# b\u2029- c', 'a\u2028\\# b\u2029- c'],
    [
      'plain text stays as it is',
      'calico-ipip scores 0.742 (+0.017) = best',
      'calico-ipip scores 0.742 (+0.017) = best',
    ],
    [
      'numbers that start no list',
      '1.5 GB, 2024 (Q1), 1234567890. ten digits',
      '1.5 GB, 2024 (Q1), 1234567890. ten digits',
    ],
    ['non-Latin text', '选型：Calico、флаг', '选型：Calico、флаг'],
  ])('%s', (_name, input, expected) => {
    const escaped = escapeMarkdown(input);
    expect(escaped).toBe(expected);
    expect(rendered(escaped)).toEqual({ tags: PARAGRAPH, text: normalized(input) });
  });

  it.each<[string, string, string, string]>([
    ['indentation that would make code', '    code', 'code', 'code'],
    ['a tab that would make code', '\tcode', 'code', 'code'],
    ['two trailing spaces that would break the line', 'a  \nb', 'a\nb', 'a\nb'],
    ['indentation after a line break', 'a\n    - b', 'a\n\\- b', 'a\n- b'],
  ])('drops the spaces Markdown would not show: %s', (_name, input, expected, text) => {
    expect(escapeMarkdown(input)).toBe(expected);
    expect(rendered(escapeMarkdown(input))).toEqual({ tags: PARAGRAPH, text });
  });
});

describe('line breaks in text', () => {
  it.each<[string, string, string]>([
    ['a heading after a newline', 'fine\n# heading', 'fine \\# heading'],
    ['a list after CRLF', 'fine\r\n- item', 'fine \\- item'],
    ['a table after a lone CR', 'a\r| x | y |\r|---|---|', 'a \\| x \\| y \\| \\|---\\|---\\|'],
    ['Unicode line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
    ['vertical tab and form feed', 'a\vb\fc', 'a b c'],
    ['indentation that would make code', 'a\n    code', 'a code'],
    ['blank lines', '\n\na\n\n\nb\n', 'a b'],
    ['a list marker on the first line', '1. first\n2. second', '1\\. first 2\\. second'],
  ])('inline (list item): %s', (_name, input, expected) => {
    expect(escapeInline(input)).toBe(expected);
    expect(rendered(escapeInline(input))).toEqual({
      tags: PARAGRAPH,
      text: expected.replace(/\\(.)/g, '$1'),
    });
  });

  it.each<[string, string, string]>([
    ['keeps line breaks as hard breaks', 'one\ntwo', 'one\\\ntwo'],
    [
      'escapes each line start',
      'ok\n# no heading\n1. no list\n> no quote\n- no item\n+ no item',
      'ok\\\n\\# no heading\\\n1\\. no list\\\n\\> no quote\\\n\\- no item\\\n\\+ no item',
    ],
    ['no setext heading from a line of equals', 'Title\n===', 'Title\\\n\\==='],
    ['no new paragraph from blank lines', 'a\n\n\nb', 'a\\\nb'],
    ['a trailing backslash stays literal', 'path\\\nnext', 'path\\\\\\\nnext'],
  ])('paragraph: %s', (_name, input, expected) => {
    expect(escapeParagraph(input)).toBe(expected);
    const shown = input
      .split(/\r\n|[\n\r]/)
      .filter((l) => l.trim() !== '')
      .join('\n');
    const lineCount = shown.split('\n').length;
    expect(rendered(escapeParagraph(input))).toEqual({
      tags: lineCount > 1 ? ['</p>', '<br>', '<p>'] : PARAGRAPH,
      text: shown,
    });
  });
});

describe('recordToMarkdown', () => {
  it.each<[string, RecordBlock, string]>([
    ['heading', { kind: 'heading', level: 3, text: 'Logging' }, '### Logging'],
    ['heading with a closing sequence', { kind: 'heading', level: 2, text: 'C #' }, '## C \\#'],
    [
      'heading text is inline: no list marker to escape',
      { kind: 'heading', level: 3, text: '1. a - b' },
      '### 1. a - b',
    ],
    ['paragraph keeps line breaks', { kind: 'paragraph', text: 'one\n  two' }, 'one\\\ntwo'],
    [
      'nested list, items on one line each',
      { kind: 'list', items: [{ text: 'a\n- b', items: ['x\n# y', '1. z'] }, { text: '+ c' }] },
      '- a \\- b\n  - x \\# y\n  - 1\\. z\n- \\+ c',
    ],
    [
      'table cells keep their column',
      { kind: 'table', head: ['A', 'B'], rows: [['| a | b |', 'x\n| y |']] },
      '| A | B |\n| --- | --- |\n| \\| a \\| b \\| | x \\| y \\| |',
    ],
    [
      'table cells are inline: a sign or a number needs no escape',
      { kind: 'table', head: ['Δ', 'Option'], rows: [['+0.017', '1. calico-ipip (x)']] },
      '| Δ | Option |\n| --- | --- |\n| +0.017 | 1. calico-ipip (x) |',
    ],
    [
      'image links the file',
      { kind: 'image', alt: 'architecture', file: 'decision-record.svg', svg: '<svg/>' },
      '![architecture](decision-record.svg)',
    ],
    [
      'image with a hostile alt and file name',
      { kind: 'image', alt: '](javascript:x)', file: 'a b(c).svg', svg: '<svg/>' },
      '![\\](javascript:x)](a%20b%28c%29.svg)',
    ],
  ])('%s', (_name, block, markdown) => {
    expect(recordToMarkdown([block])).toBe(`${markdown}\n`);
    expect(readBack(markdown)).toEqual(shownBlocks([block]));
  });

  it.each<[string, string]>([
    ['plain', 'decision-record.svg'],
    ['space and parentheses', 'a b(c).svg'],
    ['non-ASCII', '架构.svg'],
    ['traversal and scheme', 'javascript:../x.svg'],
  ])('a link destination is letters, digits, ".", "_", "-" and %%-escapes (%s)', (_name, file) => {
    expect(escapeDestination(file)).toMatch(/^(?:[\w.-]|%[0-9A-F]{2})+$/);
    expect(decodeURIComponent(escapeDestination(file))).toBe(file);
  });
});

/** The text markdown-it shows for an inline token; anything but text and line breaks is named. */
const inlineText = (token: Token | undefined): string =>
  (token?.children ?? [])
    .map((c) =>
      c.type === 'text' || c.type === 'text_special'
        ? c.content
        : c.type === 'softbreak' || c.type === 'hardbreak'
          ? '\n'
          : `<${c.type}>`,
    )
    .join('');

type Shown =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: { text: string; items?: string[] }[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'image'; alt: string; file: string }
  | { kind: 'other'; type: string };

/** Markdown read back by markdown-it into the blocks a reader of the rendered file sees. */
function readBack(markdown: string): Shown[] {
  const tokens = md.parse(markdown, {});
  let at = 0;
  const next = (): Token => {
    const token = tokens[at++];
    if (!token) throw new Error('unexpected end of tokens');
    return token;
  };
  const list = (): { text: string; items?: string[] }[] => {
    const items: { text: string; items?: string[] }[] = [];
    for (let t = next(); t.type !== 'bullet_list_close'; t = next()) {
      if (t.type !== 'list_item_open' || next().type !== 'paragraph_open') throw new Error(t.type);
      const text = inlineText(next());
      next();
      const nested = tokens[at]?.type === 'bullet_list_open' && next() ? list() : undefined;
      if (next().type !== 'list_item_close') throw new Error('a list item holds more than text');
      items.push(nested ? { text, items: nested.map((n) => n.text) } : { text });
    }
    return items;
  };
  const blocks: Shown[] = [];
  while (at < tokens.length) {
    const t = next();
    if (t.type === 'heading_open') {
      blocks.push({ kind: 'heading', level: Number(t.tag.slice(1)), text: inlineText(next()) });
      next();
    } else if (t.type === 'paragraph_open') {
      const inline = next();
      next();
      const only = inline.children?.length === 1 ? inline.children[0] : undefined;
      blocks.push(
        only?.type === 'image'
          ? { kind: 'image', alt: inlineText(only), file: String(only.attrGet('src') ?? '') }
          : { kind: 'paragraph', text: inlineText(inline) },
      );
    } else if (t.type === 'bullet_list_open') {
      blocks.push({ kind: 'list', items: list() });
    } else if (t.type === 'table_open') {
      const rows: string[][] = [];
      for (let c = next(); c.type !== 'table_close'; c = next()) {
        if (c.type === 'tr_open') rows.push([]);
        if (c.type === 'inline') rows.at(-1)?.push(inlineText(c));
      }
      blocks.push({ kind: 'table', rows });
    } else {
      blocks.push({ kind: 'other', type: t.type });
    }
  }
  return blocks;
}

const textLines = (text: string): string[] =>
  text
    .split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const oneLine = (text: string): string => textLines(text).join(' ');

/** What the blocks should show once rendered: their texts exactly, line breaks as the block allows. */
const shownBlocks = (blocks: readonly RecordBlock[]): Shown[] =>
  blocks.map((b): Shown => {
    switch (b.kind) {
      case 'heading':
        return { kind: 'heading', level: b.level, text: oneLine(b.text) };
      case 'paragraph':
        return { kind: 'paragraph', text: textLines(b.text).join('\n') };
      case 'list':
        return {
          kind: 'list',
          items: b.items.map((i) =>
            i.items?.length
              ? { text: oneLine(i.text), items: i.items.map(oneLine) }
              : { text: oneLine(i.text) },
          ),
        };
      case 'table':
        return { kind: 'table', rows: [b.head, ...b.rows].map((row) => row.map(oneLine)) };
      case 'image':
        return { kind: 'image', alt: oneLine(b.alt), file: escapeDestination(b.file) };
    }
  });

const HOSTILE = [
  '</textarea><script>alert(1)</script>',
  '<!-- hidden --> <b>bold</b> &amp; &#60;',
  '[x](javascript:alert(1)) ![img](http://e.test/p.png) <http://e.test>',
  'see [x]\n\n[x]: javascript:alert(1)',
  '| a | b |\n|---|---|\n| c | d |',
  '# heading\nTitle\n===\nOther\n---',
  '1. item\n12) item\n- item\n+ item\n* item\n> quote',
  '***\n___\n- - -',
  '`code` ```fence\n~~~\n~~gone~~ $x$ {#id}',
  'fine\r\n\r\n## Decision outcome\r- fake\u2028# not a break\n    indented code',
];

describe('whole records read back by a Markdown parser', () => {
  const kb = readKnowledge();
  const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
  if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
  const profile: Profile = preset.profile;

  const blocksOf = (lang: Language, options: RecordOptions, chosen: Profile = profile) => {
    const data = decisionData(kb, chosen, 'weighted');
    return decisionRecordBlocks(kb, data, lang, {
      date: '2026-01-15',
      diagram: recordDiagram(kb, data, lang),
      ...options,
    });
  };

  it.each<[Language, RecordOptions, Profile]>([
    ['en', {}, profile],
    ['zh', {}, profile],
    ['ru', {}, profile],
    [
      'en',
      {
        status: 'superseded',
        supersededBy: 'ADR-7 <script>x</script>\n# h',
        rationales: { networking: HOSTILE.join('\n'), logging: HOSTILE[3], monitoring: HOSTILE[9] },
      },
      { ...profile, choices: { networking: 'flannel-vxlan' as OptionId, logging: 'loki' as OptionId } },
    ],
  ])('%s %j: every block shows exactly its text, and nothing else appears', (lang, options, chosen) => {
    const blocks = blocksOf(lang, options, chosen);
    expect(readBack(recordToMarkdown(blocks))).toEqual(shownBlocks(blocks));
  });

  it('reads easily: numbers, ids and parentheses carry no backslashes', () => {
    const markdown = recordToMarkdown(blocksOf('en', {}));
    expect(markdown).toMatch(/^\| 1 \| [^\n]+ \| 0\.\d{3} \| chosen \| \d+% \|/m);
    expect(markdown).toContain('Date: 2026-01-15');
    expect(markdown).not.toMatch(/\\[.()+-]/);
  });

  it.each(HOSTILE.map((rationale, i) => [i, rationale] as const))(
    'hostile rationale %i: one paragraph with line breaks only, no element of its own, the text intact',
    (_i, rationale) => {
      const markdown = decisionRecord(kb, profile, 'weighted', 'en', {
        categories: ['networking'],
        date: '2026-01-15',
        rationales: { networking: rationale },
      });
      const html = md.render(markdown);
      const names = new Set([...html.matchAll(/<\/?([a-z][a-z0-9]*)/gi)].map((m) => m[1]?.toLowerCase()));
      expect([...names].sort()).toEqual(
        ['br', 'h1', 'h2', 'h3', 'h4', 'li', 'p', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul'].filter(
          (n) => n !== 'br' || textLines(rationale).length > 1,
        ),
      );
      expect(html).not.toMatch(/<!|<\?/);
      const start = html.indexOf('<p>Because: ');
      const paragraph = html.slice(start, html.indexOf('</p>', start) + 4);
      expect(tagsOf(paragraph).filter((t) => !PARAGRAPH.includes(t) && t !== '<br>')).toEqual([]);
      expect(textOf(paragraph)).toBe(`Because: ${textLines(rationale).join('\n')}`);
      expect(html.match(/<h2>Decision outcome<\/h2>/g)).toHaveLength(1);
    },
  );
});
