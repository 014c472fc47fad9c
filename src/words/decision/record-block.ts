/**
 * A decision record as a list of blocks, so the same content becomes Markdown (download) and
 * HTML (preview, print) without parsing Markdown back. Every text is plain: renderers escape it.
 */
export type RecordBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** Line breaks inside a paragraph are kept as line breaks. */
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: RecordListItem[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  /** A picture stored next to the record: Markdown links `file`, HTML embeds `svg`. */
  | { kind: 'image'; alt: string; file: string; svg: string };

export interface RecordListItem {
  text: string;
  items?: string[];
}

/** A diagram to put in the record: the file name it is saved under and its SVG text. */
export interface RecordDiagram {
  file: string;
  svg: string;
}
