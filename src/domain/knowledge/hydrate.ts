import type { Language } from '../schemas/i18n';
import type { RawFile } from './knowledge';
import { textGroupOf, textKeyOf, type TextKey, type TextTable } from './split';

export interface TextSource {
  language: Language;
  /** The loaded table for a text key, in `language`; undefined while it is not loaded. */
  table: (key: TextKey) => TextTable | undefined;
  /** Verbatim quotes, once loaded. */
  quotes: readonly string[] | undefined;
}

// A reference whose table is not loaded yet: nothing shows it, as views wait for what they show.
const pendingRef = Object.freeze({ source: '', section: '' });

const isObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

/**
 * Puts text and references back into skeleton files. A localized text holds only `language`, or
 * nothing while its table is not loaded; a quote is left out until the quotes are loaded.
 */
export function hydrateFiles(
  skeletons: readonly RawFile[],
  from: TextSource,
  memo?: Map<RawFile, { key: string; file: RawFile }>,
): RawFile[] {
  const { language, quotes } = from;
  const withQuote = (ref: unknown): unknown => {
    if (!isObject(ref) || !isObject(ref.quote)) return ref;
    const { quote, ...rest } = ref;
    const text = quotes?.[quote.$q as number];
    return text === undefined ? rest : { ...rest, quote: text };
  };
  // A file is put together again only when a table it reads (or the quotes) has arrived since.
  const loaded = (group: string): string =>
    `${language}:${from.table(group) ? 1 : 0}${from.table(`${group}.detail`) ? 1 : 0}${quotes ? 1 : 0}`;
  return skeletons.map((file) => {
    const group = textGroupOf(file);
    const key = group === undefined ? '' : loaded(group);
    const known = memo?.get(file);
    if (known?.key === key) return known.file;
    const hydrated = hydrateFile(file, group, from, withQuote);
    memo?.set(file, { key, file: hydrated });
    return hydrated;
  });
}

function hydrateFile(
  file: RawFile,
  group: string | undefined,
  from: TextSource,
  withQuote: (ref: unknown) => unknown,
): RawFile {
  const { language } = from;
  const isOption = file.path.startsWith('solutions/');
  const fill = (value: unknown, table: TextTable | undefined): unknown => {
    if (Array.isArray(value)) return value.map((v) => fill(v, table));
    if (!isObject(value)) return value;
    if (typeof value.$t === 'number') {
      const text = table?.t[value.$t];
      return text === undefined ? {} : { [language]: text };
    }
    if (typeof value.$r === 'number') {
      const ref = table?.r[value.$r];
      return ref === undefined ? pendingRef : withQuote(ref);
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = fill(value[key], table);
    return out;
  };
  if (group === undefined || !isObject(file.data)) return file;
  const data: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(file.data)) {
    data[field] = fill(value, from.table(textKeyOf(group, field, isOption)));
  }
  return { path: file.path, data };
}
