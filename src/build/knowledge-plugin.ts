import { join } from 'node:path';
import type { Plugin } from 'vite';
import { KnowledgeError, loadKnowledge, type RawFile } from '../domain/knowledge';
import { splitKnowledge, type SplitKnowledge } from '../domain/knowledge/split';
import { languages } from '../domain/schemas/i18n';
import { readDataDir } from '../node/read-data-dir';

const CORE = 'virtual:knowledge/core';
const LOADERS = 'virtual:knowledge/loaders';
const PART = 'virtual:knowledge/part/';

/**
 * Reads and validates data/ with the loader's own schemas and cross-checks, so invalid knowledge
 * fails the build (file, path and problem) instead of a page in the browser.
 */
export function readValidKnowledge(dir: string): RawFile[] {
  const files = readDataDir(dir);
  loadKnowledge(files);
  return files;
}

interface Built {
  split: SplitKnowledge;
  /** Part name → its JSON content. */
  parts: Map<string, unknown>;
  /** Shown in the footer from the first paint: counts and the latest dated status. */
  stats: { options: number; sources: number; date: string };
}

function build(files: readonly RawFile[]): Built {
  const split = splitKnowledge(files);
  const parts = new Map<string, unknown>([
    ['scoring', split.scoring],
    ['cases', split.cases],
    ['quotes', split.quotes],
  ]);
  for (const [group, list] of Object.entries(split.sources)) parts.set(`sources/${group}`, list);
  for (const language of languages) {
    for (const [key, table] of Object.entries(split.texts[language]))
      parts.set(`text/${language}/${key}`, table);
  }
  const options = files.filter((f) => f.path.startsWith('solutions/'));
  const date = options.reduce((latest, f) => {
    const asOf = (f.data as { status: { asOf?: string } }).status.asOf ?? '';
    return asOf > latest ? asOf : latest;
  }, '');
  return { split, parts, stats: { options: options.length, sources: split.sources.all?.length ?? 0, date } };
}

const json = (value: unknown): string => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/**
 * The knowledge base as virtual modules, validated once per build (see `splitKnowledge`):
 * `virtual:knowledge/core` ships with the app shell; `virtual:knowledge/loaders` maps each part
 * (scoring skeleton, case studies, quotes, sources per group, text per language and group) to a
 * dynamic import of its own chunk, so a view downloads only what it shows, in one language.
 */
export function knowledgePlugin(dataDir: string): Plugin {
  let built: Built | undefined;
  return {
    name: 'container-stack-advisor:knowledge',
    buildStart() {
      built = undefined;
    },
    handleHotUpdate({ file, server }) {
      if (!file.startsWith(dataDir)) return undefined;
      built = undefined;
      for (const mod of server.moduleGraph.idToModuleMap.values()) {
        if (mod.id?.startsWith('\0virtual:knowledge/')) server.moduleGraph.invalidateModule(mod);
      }
      server.ws.send({ type: 'full-reload' });
      return [];
    },
    resolveId(id) {
      return id === CORE || id === LOADERS || id.startsWith(PART) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:knowledge/')) return undefined;
      if (!built) {
        try {
          const files = readValidKnowledge(dataDir);
          for (const file of files) this.addWatchFile(join(dataDir, file.path));
          built = build(files);
        } catch (error) {
          if (error instanceof KnowledgeError) this.error(error.message);
          throw error;
        }
      }
      if (id === `\0${CORE}`)
        return `export const files = ${json(built.split.core)};\nexport const stats = ${JSON.stringify(built.stats)};`;
      if (id === `\0${LOADERS}`) {
        const entries = [...built.parts.keys()].map(
          (name) =>
            `  ${JSON.stringify(name)}: () => import(${JSON.stringify(PART + name)}).then((m) => m.default),`,
        );
        return `export default {\n${entries.join('\n')}\n};`;
      }
      const name = id.slice(PART.length + 1);
      if (!built.parts.has(name)) this.error(`unknown knowledge part "${name}"`);
      return `export default ${json(built.parts.get(name))};`;
    },
  };
}
