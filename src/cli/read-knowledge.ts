import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeError, loadKnowledge, type Knowledge, type RawFile } from '../domain/knowledge';

/** data/ next to src/, found from this file's location. */
export const defaultDataDir = (): string => fileURLToPath(new URL('../../data', import.meta.url));

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listJson(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

/** Reads data/ from disk; a file that is not valid JSON is reported like any other problem. */
export function readKnowledge(dir: string = defaultDataDir()): Knowledge {
  const problems: string[] = [];
  const files: RawFile[] = [];
  for (const full of listJson(dir).sort()) {
    const path = relative(dir, full).split(sep).join('/');
    try {
      files.push({ path, data: JSON.parse(readFileSync(full, 'utf8')) as unknown });
    } catch (error) {
      problems.push(`data/${path}: invalid JSON: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return loadKnowledge(files);
}
