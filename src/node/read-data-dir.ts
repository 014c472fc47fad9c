import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KnowledgeError, type RawFile } from '../domain/knowledge';

/** Every .json file below `dir`, as full paths. */
function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return listJson(full);
    return entry.name.endsWith('.json') ? [full] : [];
  });
}

/**
 * Reads and parses every .json file below a data directory (Node only: the build and the CLI),
 * sorted, each with its '/'-separated path inside the directory. Files that are not valid JSON are
 * reported together, one `data/<path>: invalid JSON: …` problem each, as a KnowledgeError.
 */
export function readDataDir(dir: string): RawFile[] {
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
  return files;
}
