import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readValidKnowledge } from '../../src/build/knowledge-plugin';
import { hydrateFiles } from '../../src/domain/knowledge/hydrate';
import { trustedKnowledge } from '../../src/domain/knowledge/index-knowledge';
import { loadKnowledge } from '../../src/domain/knowledge';
import { splitKnowledge, type TextTable } from '../../src/domain/knowledge/split';
import { languages, type Language } from '../../src/domain/schemas';

const files = readValidKnowledge(join(process.cwd(), 'data'));
const split = splitKnowledge(files);

/** `value` with every localized text narrowed to one language, as the browser holds it. */
function inLanguage(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, language));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  if (entries.length === 3 && languages.every((l) => l in value)) {
    return { [language]: (value as Record<Language, string>)[language] };
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, inLanguage(v, language)]));
}

const everything = (language: Language) =>
  hydrateFiles([...split.core, ...split.scoring, ...split.cases], {
    language,
    table: (key) => split.texts[language][key],
    quotes: split.quotes,
  });

describe('the knowledge split for the browser', () => {
  it.each(languages)('puts every text, reference and quote back, in %s', (language) => {
    const back = new Map(everything(language).map((f) => [f.path, f.data]));
    for (const file of files) {
      if (file.path.startsWith('sources/')) continue;
      expect(back.get(file.path), file.path).toEqual(inLanguage(file.data, language));
    }
  });

  it('indexes the same knowledge base the validating loader builds', () => {
    const trusted = trustedKnowledge([...everything('en'), ...(split.sources.all ?? [])]);
    const checked = loadKnowledge(files);
    expect(trusted.options.map((o) => o.id)).toEqual(checked.options.map((o) => o.id));
    expect(trusted.valueRows).toEqual(checked.valueRows);
    expect(trusted.sources).toEqual(checked.sources);
    expect(trusted.options.map((o) => o.requires.length)).toEqual(
      checked.options.map((o) => o.requires.length),
    );
  });

  it('keeps text and quotes out of the scoring skeleton', () => {
    const text = JSON.stringify(split.scoring);
    const macvlan = files.find((f) => f.path === 'solutions/networking/macvlan.json')?.data as {
      summary: { en: string; zh: string };
    };
    expect(text).not.toContain(macvlan.summary.en);
    expect(text).not.toContain(macvlan.summary.zh);
    expect(text).not.toMatch(/"quote":"/);
    expect(split.quotes.length).toBeGreaterThan(100);
  });

  it('leaves text that is not loaded empty, and references unnamed, instead of guessing', () => {
    const onlyCore = (key: string): TextTable | undefined =>
      key === 'core' ? split.texts.zh.core : undefined;
    const hydrated = hydrateFiles(split.scoring, { language: 'zh', table: onlyCore, quotes: undefined });
    const macvlan = hydrated.find((f) => f.path === 'solutions/networking/macvlan.json')?.data as {
      summary: object;
      values: Record<string, { source: { source: string } }>;
    };
    expect(macvlan.summary).toEqual({});
    expect(Object.values(macvlan.values)[0]?.source.source).toBe('');
  });

  it('lists, per group, exactly the sources its files cite', () => {
    const cited = (split.sources.benchmarks ?? []).map((f) => (f.data as { id: string }).id);
    const text = JSON.stringify(files.filter((f) => f.path.startsWith('benchmarks/')).map((f) => f.data));
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(text).toContain(`"source":"${id}"`);
  });
});
