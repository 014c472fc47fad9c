import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { KnowledgeError, loadKnowledge } from '../domain/knowledge';

const CORE = 'virtual:knowledge-core';
const FULL = 'virtual:knowledge-full';

interface RawFile {
  path: string;
  data: unknown;
}

function readAll(dir: string): RawFile[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.json') ? [join(d, e.name)] : [],
    );
  return walk(dir)
    .sort()
    .map((full) => {
      const path = relative(dir, full).split(sep).join('/');
      try {
        return { path, data: JSON.parse(readFileSync(full, 'utf8')) as unknown };
      } catch (error) {
        throw new KnowledgeError([`data/${path}: invalid JSON: ${(error as Error).message}`]);
      }
    });
}

/**
 * Reads and validates data/ with the loader's own schemas and cross-checks, so invalid knowledge
 * fails the build (file, path and problem) instead of a page in the browser.
 */
export function readValidKnowledge(dir: string): RawFile[] {
  const files = readAll(dir);
  loadKnowledge(files);
  return files;
}

/** Source ids referenced anywhere inside a value. */
function referencedSources(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => referencedSources(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' && v && typeof v === 'object' && 'section' in v)
        out.add(String((v as { source: unknown }).source));
      else referencedSources(v, out);
    }
  }
  return out;
}

/**
 * The knowledge base as two virtual modules: `virtual:knowledge-core` holds what the questionnaire
 * needs (criteria, environment questions, presets and the sources they cite);
 * `virtual:knowledge-full` holds everything and is imported right after the first render, so
 * options, evidence, case studies and benchmarks stay out of the first download.
 */
export function knowledgePlugin(dataDir: string): Plugin {
  return {
    name: 'container-stack-advisor:knowledge',
    resolveId(id) {
      return id === CORE || id === FULL ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${CORE}` && id !== `\0${FULL}`) return undefined;
      let files: RawFile[];
      try {
        files = readValidKnowledge(dataDir);
      } catch (error) {
        if (error instanceof KnowledgeError) this.error(error.message);
        throw error;
      }
      for (const file of files) this.addWatchFile(join(dataDir, file.path));
      let chosen = files;
      if (id === `\0${CORE}`) {
        const base = files.filter((f) => /^(criteria|environment)\.json$|^presets\//.test(f.path));
        const cited = referencedSources(base.map((f) => f.data));
        chosen = [
          ...base,
          ...files.filter((f) => f.path.startsWith('sources/') && cited.has(f.path.slice(8, -5))),
        ];
      }
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(chosen))});`;
    },
  };
}
