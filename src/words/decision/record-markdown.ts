import type { RecordBlock } from './record-block';

/**
 * Characters that start Markdown syntax wherever they stand (CommonMark, GFM and the common
 * extensions: emphasis, code, links, images, HTML, entities, tables, strikethrough, math,
 * attributes). Each is ASCII punctuation, so a backslash makes it literal. "(" and ")" only
 * matter after "]", and "[" and "]" are escaped.
 */
const SPECIAL = /[\\`*_{}[\]#!|<>~&$]/g;

/** Spaces and tabs at either end of a line: indentation makes code, two trailing spaces a break. */
const EDGE_SPACE = /(^|[\n\r])[ \t]+|[ \t]+(?=[\n\r]|$)/g;

/**
 * What only starts syntax at the start of a line (after "\n" or "\r", as CommonMark reads
 * lines): "-", "+" (list item, thematic break, setext underline), "=" (setext underline) and an
 * ordered-list marker, whose "." or ")" is escaped.
 */
const LINE_START = /(^|[\n\r])(?:([-+=])|(\d{1,9})([.)])(?=\s|$))/g;

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
 * HTML, entity, heading, list, quote, table, code or thematic break can come out of it. Only what
 * could be read as syntax is escaped, so the Markdown stays readable ("0.742", "calico-ipip").
 * A line break inside starts a line that is escaped the same way; the spaces around it, which
 * Markdown does not show, are dropped. Blank lines would still end the paragraph: split text
 * into lines with `escapeInline` or `escapeParagraph`.
 */
export function escapeMarkdown(line: string): string {
  return line
    .replace(EDGE_SPACE, '$1')
    .replace(SPECIAL, '\\$&')
    .replace(LINE_START, (_, start: string, sign?: string, digits?: string, mark?: string) =>
      sign ? `${start}\\${sign}` : `${start}${digits ?? ''}\\${mark ?? ''}`,
    );
}

/** Text for one line that may start a block (a list item): line breaks become spaces. */
export const escapeInline = (text: string): string => lines(text).map(escapeMarkdown).join(' ');

/**
 * Text of a table cell or an ATX heading: inline content, where no block can start, so a leading
 * "+0.017" or "1." needs no backslash.
 */
const escapeInlineContent = (text: string): string =>
  lines(text)
    .map((line) => line.replace(SPECIAL, '\\$&'))
    .join(' ');

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
      return `${'#'.repeat(b.level)} ${escapeInlineContent(b.text)}`;
    case 'paragraph':
      return escapeParagraph(b.text);
    case 'list':
      return b.items
        .map((i) =>
          [`- ${escapeInline(i.text)}`, ...(i.items ?? []).map((s) => `  - ${escapeInline(s)}`)].join('\n'),
        )
        .join('\n');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(escapeInlineContent).join(' | ')} |`;
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
