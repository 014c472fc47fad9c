import type { RecordBlock } from './record-block';

/**
 * Every character that can start Markdown syntax anywhere in a line (CommonMark, GFM and the
 * common extensions: tables, strikethrough, math, attributes), and `&`, which starts an entity.
 * All are ASCII punctuation, so a backslash makes each of them literal.
 */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&$]/g;

/** Line breaks of every kind, vertical tab and form feed included. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** The lines of a text, trimmed (indentation would make code blocks), blank ones dropped. */
const lines = (text: string): string[] =>
  text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * One line of plain text as Markdown that shows exactly that text: no emphasis, link, image,
 * HTML, entity, heading, list, quote, table, code or thematic break can come out of it.
 */
export function escapeMarkdown(line: string): string {
  const escaped = line.replace(SPECIAL, (c) => `\\${c}`);
  // A line of "=" under a paragraph line would make it a heading.
  return escaped.startsWith('=') ? `\\${escaped}` : escaped;
}

/** Text for one line (heading, list item, table cell): line breaks become spaces. */
export const escapeInline = (text: string): string => lines(text).map(escapeMarkdown).join(' ');

/** Paragraph text: its line breaks stay line breaks (a backslash at the end of a line). */
export const escapeParagraph = (text: string): string => lines(text).map(escapeMarkdown).join('\\\n');

const percentEncode = (c: string): string =>
  Array.from(
    new TextEncoder().encode(c),
    (byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');

/** A file name as a link destination: anything beyond letters, digits, ".", "_", "-" is %-encoded. */
export const escapeDestination = (file: string): string => file.replace(/[^\w.-]/gu, percentEncode);

function blockToMarkdown(b: RecordBlock): string {
  switch (b.kind) {
    case 'heading':
      return `${'#'.repeat(b.level)} ${escapeInline(b.text)}`;
    case 'paragraph':
      return escapeParagraph(b.text);
    case 'list':
      return b.items
        .map((i) =>
          [`- ${escapeInline(i.text)}`, ...(i.items ?? []).map((s) => `  - ${escapeInline(s)}`)].join('\n'),
        )
        .join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(escapeInline).join(' | ')} |`;
      return [row(b.head), `| ${b.head.map(() => '---').join(' | ')} |`, ...b.rows.map(row)].join('\n');
    }
    case 'image':
      return `![${escapeInline(b.alt)}](${escapeDestination(b.file)})`;
  }
}

/** CommonMark / GFM text of the blocks; every text in them is escaped. */
export function recordToMarkdown(blocks: readonly RecordBlock[]): string {
  return `${blocks.map(blockToMarkdown).join('\n\n')}\n`;
}
