import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  decisionRecord,
  escapeDestination,
  escapeInline,
  escapeMarkdown,
  escapeParagraph,
  recordToMarkdown,
  type RecordBlock,
} from '../../src/domain/decision';
import type { Profile } from '../../src/domain/schemas';

/** Undoes CommonMark backslash escapes: what a renderer shows for escaped text. */
const unescape = (markdown: string): string => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** The characters of `line` that a Markdown parser would read as syntax: any unescaped special. */
function unescapedSpecials(line: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] as string;
    if (c === '\\') i += 1;
    else if ('\\`*_{}[]()#+-.!|<>~&$'.includes(c)) found.push(c);
  }
  return found;
}

describe('escapeMarkdown', () => {
  it.each<[string, string, string]>([
    ['closing a textarea, opening a script', '</textarea><script>', '\\</textarea\\>\\<script\\>'],
    ['script with a payload', '<script>alert(1)</script>', '\\<script\\>alert\\(1\\)\\</script\\>'],
    ['HTML comment', '<!-- x -->', '\\<\\!\\-\\- x \\-\\-\\>'],
    ['img with an onerror handler', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['a table row', '| a | b |', '\\| a \\| b \\|'],
    ['a javascript: link', '[x](javascript:alert(1))', '\\[x\\]\\(javascript:alert\\(1\\)\\)'],
    ['an image', '![x](http://e.test/t.png)', '\\!\\[x\\]\\(http://e\\.test/t\\.png\\)'],
    ['a reference definition', '[x]: http://e.test', '\\[x\\]: http://e\\.test'],
    ['an autolink', '<http://e.test>', '\\<http://e\\.test\\>'],
    ['a heading', '# heading', '\\# heading'],
    ['a quote', '> quoted', '\\> quoted'],
    ['an ordered list', '1. first', '1\\. first'],
    ['an ordered list with a parenthesis', '12) twelfth', '12\\) twelfth'],
    ['a bullet', '- item', '\\- item'],
    ['a plus bullet', '+ item', '\\+ item'],
    ['a star bullet', '* item', '\\* item'],
    ['a thematic break', '***', '\\*\\*\\*'],
    ['a setext underline of dashes', '---', '\\-\\-\\-'],
    ['a setext underline of equals', '===', '\\==='],
    ['emphasis', '_a_ *b* __c__', '\\_a\\_ \\*b\\* \\_\\_c\\_\\_'],
    ['strikethrough', '~~gone~~', '\\~\\~gone\\~\\~'],
    ['a code span', '`rm -rf /`', '\\`rm \\-rf /\\`'],
    ['a code fence', '```js', '\\`\\`\\`js'],
    ['an attribute list', '{#id .class}', '\\{\\#id \\.class\\}'],
    ['an entity', 'AT&T &lt;b&gt;', 'AT\\&T \\&lt;b\\&gt;'],
    ['math', '$x^2$', '\\$x^2\\$'],
    ['a backslash', 'C:\\dir\\', 'C:\\\\dir\\\\'],
    ['a backslash before a pipe', 'a\\|b', 'a\\\\\\|b'],
    ['plain text', 'Calico is fine', 'Calico is fine'],
    ['non-Latin text', '选型：Calico、флаг', '选型：Calico、флаг'],
  ])('%s', (_name, input, expected) => {
    const escaped = escapeMarkdown(input);
    expect(escaped).toBe(expected);
    expect(unescapedSpecials(escaped)).toEqual([]);
    expect(unescape(escaped)).toBe(input);
  });
});

describe('line breaks in text', () => {
  it.each<[string, string, string]>([
    ['a heading after a newline', 'fine\n# heading', 'fine \\# heading'],
    ['a list after CRLF', 'fine\r\n- item', 'fine \\- item'],
    ['a table after a lone CR', 'a\r| x | y |\r|---|---|', 'a \\| x \\| y \\| \\|\\-\\-\\-\\|\\-\\-\\-\\|'],
    ['Unicode line and paragraph separators', 'a\u2028b\u2029c', 'a b c'],
    ['vertical tab and form feed', 'a\vb\fc', 'a b c'],
    ['indentation that would make code', 'a\n    code', 'a code'],
    ['blank lines', '\n\na\n\n\nb\n', 'a b'],
  ])('inline (list item, table cell, heading): %s', (_name, input, expected) => {
    expect(escapeInline(input)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['keeps line breaks as hard breaks', 'one\ntwo', 'one\\\ntwo'],
    [
      'escapes each line start',
      'ok\n# no heading\n1. no list\n> no quote',
      'ok\\\n\\# no heading\\\n1\\. no list\\\n\\> no quote',
    ],
    ['no setext heading from a line of equals', 'Title\n===', 'Title\\\n\\==='],
    ['no new paragraph from blank lines', 'a\n\n\nb', 'a\\\nb'],
    ['a trailing backslash stays literal', 'path\\\nnext', 'path\\\\\\\nnext'],
  ])('paragraph: %s', (_name, input, expected) => {
    expect(escapeParagraph(input)).toBe(expected);
  });
});

describe('recordToMarkdown', () => {
  it.each<[string, RecordBlock, string]>([
    ['heading', { kind: 'heading', level: 3, text: 'Logging' }, '### Logging'],
    ['heading with a closing sequence', { kind: 'heading', level: 2, text: 'C #' }, '## C \\#'],
    ['paragraph keeps line breaks', { kind: 'paragraph', text: 'one\n  two' }, 'one\\\ntwo'],
    [
      'nested list, items on one line each',
      { kind: 'list', items: [{ text: 'a\n- b', items: ['x\n# y', 'z'] }, { text: 'c' }] },
      '- a \\- b\n  - x \\# y\n  - z\n- c',
    ],
    [
      'table cells keep their column',
      { kind: 'table', head: ['A', 'B'], rows: [['| a | b |', 'x\n| y |']] },
      '| A | B |\n| --- | --- |\n| \\| a \\| b \\| | x \\| y \\| |',
    ],
    [
      'image links the file',
      { kind: 'image', alt: 'architecture', file: 'decision-record.svg', svg: '<svg/>' },
      '![architecture](decision-record.svg)',
    ],
    [
      'image with a hostile alt and file name',
      { kind: 'image', alt: '](javascript:x)', file: 'a b(c).svg', svg: '<svg/>' },
      '![\\]\\(javascript:x\\)](a%20b%28c%29.svg)',
    ],
  ])('%s', (_name, block, markdown) => {
    expect(recordToMarkdown([block])).toBe(`${markdown}\n`);
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

describe('adversarial rationales in a whole record', () => {
  const kb = readKnowledge();
  const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
  if (!preset) throw new Error('preset public-cloud-no-bgp is missing');
  const profile: Profile = preset.profile;

  it.each<[string, string]>([
    ['script', '</textarea><script>alert(1)</script>'],
    ['table row', '| a | b |'],
    ['javascript link', '[x](javascript:alert(1))'],
    ['heading', '# heading'],
    ['newline injection', 'fine\n\n## Decision outcome\n\n- fake item\n| x | y |\n|---|---|'],
  ])('%s: one paragraph, no structure of its own, the text intact once rendered', (_name, rationale) => {
    const markdown = decisionRecord(kb, profile, 'weighted', 'en', {
      categories: ['networking'],
      date: '2026-01-15',
      rationales: { networking: rationale },
    });
    const start = markdown.indexOf('Because: ');
    const paragraph = markdown.slice(start, markdown.indexOf('\n\n', start));
    expect(
      paragraph.split('\n').every((line) => unescapedSpecials(line.replace(/\\$/, '')).length === 0),
    ).toBe(true);
    const shown = unescape(paragraph.replace(/\\\n/g, '\n'));
    expect(shown).toBe(
      `Because: ${rationale
        .split('\n')
        .filter((l) => l.trim() !== '')
        .join('\n')}`,
    );
    expect(markdown.match(/^## Decision outcome$/gm)).toHaveLength(1);
    // No raw HTML anywhere: every "<" in the file is escaped.
    expect(markdown.split('\n').flatMap(unescapedSpecials)).not.toContain('<');
  });
});
