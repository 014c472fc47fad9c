export interface TextSegment {
  text: string;
  code: boolean;
}

/** Splits knowledge prose at `backticks` so commands can be shown as code. */
export function splitCode(text: string): TextSegment[] {
  return text
    .split('`')
    .map((part, index) => ({ text: part, code: index % 2 === 1 }))
    .filter((segment) => segment.text !== '');
}
