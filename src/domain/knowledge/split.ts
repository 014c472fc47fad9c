import { languages, type Language } from '../schemas/i18n';
import type { RawFile } from './knowledge';
import { forEachSourceRef } from './source-refs';

/**
 * How the browser receives the knowledge base: skeletons (ids, levels, conditions, figures) with
 * every piece of human text and every source reference replaced by a marker, and per language and
 * text group a table the markers point into. A view loads only the groups it shows, in one language.
 */

/** A group of files whose text travels together: the core, one category's options, benchmarks, … */
export type TextGroup = string;
/** A text group plus tier: `networking` (requirements, display names) or `networking.detail`. */
export type TextKey = string;

export interface TextTable {
  /** Localized strings, in one language. */
  t: string[];
  /** Source references (source, section, quote marker): the same in every language's table. */
  r: unknown[];
}

export interface SplitKnowledge {
  /** Criteria, environment questions and presets: what the questionnaire needs first. */
  core: RawFile[];
  /** Options, benchmark figures and stack rules: all the scoring engine reads. */
  scoring: RawFile[];
  cases: RawFile[];
  /** language → text key → table. */
  texts: Record<Language, Record<TextKey, TextTable>>;
  /** Verbatim source quotes, shown as citation tooltips. */
  quotes: string[];
  /** Per text group, the sources its files cite; `all` holds every source. */
  sources: Record<string, RawFile[]>;
}

/**
 * Option fields a ranking shows (why an option is excluded or comes with a caveat, its display
 * name); the rest (summary, evidence, pros, cons, status notes) is for detailed views.
 */
const briefFields = new Set(['requires', 'pluginModels', 'localName']);

export function textGroupOf(file: RawFile): TextGroup | undefined {
  const [head, second] = file.path.split('/');
  if (head === 'solutions') return second;
  if (head === 'benchmarks') return 'benchmarks';
  if (head === 'case-studies') return 'cases';
  if (head === 'sources') return undefined;
  if (file.path === 'stack-rules.json') return 'rules';
  return 'core';
}

/** The table a top-level field of a file reads its markers from. */
export function textKeyOf(group: TextGroup, field: string, isOption: boolean): TextKey {
  return isOption && !briefFields.has(field) ? `${group}.detail` : group;
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  x !== null && typeof x === 'object' && !Array.isArray(x);

export const isLocalizedText = (x: Record<string, unknown>): boolean => {
  const keys = Object.keys(x);
  return keys.length === languages.length && languages.every((l) => typeof x[l] === 'string');
};

/** Splits validated files into skeletons and per-language text tables (see the module comment). */
export function splitKnowledge(files: readonly RawFile[]): SplitKnowledge {
  const out: SplitKnowledge = {
    core: [],
    scoring: [],
    cases: [],
    // One table per language the schema knows, so adding a language needs no change here.
    texts: Object.fromEntries(languages.map((l) => [l, {}])) as SplitKnowledge['texts'],
    quotes: [],
    sources: { all: [] },
  };
  const citedBy = new Map<string, Set<TextGroup>>();
  const table = (language: Language, key: TextKey): TextTable =>
    (out.texts[language][key] ??= { t: [], r: [] });

  for (const file of files) {
    const group = textGroupOf(file);
    if (group === undefined) continue;
    const isOption = file.path.startsWith('solutions/');
    /** Each source reference in the file → its marker. */
    const refMarkers = new Map<object, { $r: number }>();
    const strip = (value: unknown, key: TextKey): unknown => {
      if (Array.isArray(value)) return value.map((v) => strip(v, key));
      if (!isObject(value)) return value;
      if (isLocalizedText(value)) {
        for (const language of languages) table(language, key).t.push(value[language] as string);
        return { $t: table('en', key).t.length - 1 };
      }
      return (
        refMarkers.get(value) ?? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, key)]))
      );
    };
    const stripField = (field: string, value: unknown): unknown => {
      const key = textKeyOf(group, field, isOption);
      forEachSourceRef(value, (found) => {
        const cited = citedBy.get(found.source) ?? new Set<TextGroup>();
        citedBy.set(found.source, cited.add(group));
        const ref: Record<string, unknown> = { ...found };
        if (typeof ref.quote === 'string') ref.quote = { $q: out.quotes.push(ref.quote) - 1 };
        for (const language of languages) table(language, key).r.push(ref);
        refMarkers.set(found, { $r: table('en', key).r.length - 1 });
      });
      return strip(value, key);
    };
    const data = isObject(file.data)
      ? Object.fromEntries(Object.entries(file.data).map(([field, v]) => [field, stripField(field, v)]))
      : file.data;
    const skeleton = { path: file.path, data };
    if (group === 'core') out.core.push(skeleton);
    else if (group === 'cases') out.cases.push(skeleton);
    else out.scoring.push(skeleton);
  }

  for (const file of files) {
    if (!file.path.startsWith('sources/')) continue;
    out.sources.all?.push(file);
    const id = (file.data as { id?: string }).id ?? '';
    for (const group of citedBy.get(id) ?? []) (out.sources[group] ??= []).push(file);
  }
  return out;
}
