import { fileURLToPath } from 'node:url';
import { loadKnowledge, type Knowledge } from '../domain/knowledge';
import { readDataDir } from '../node/read-data-dir';

/** data/ next to src/, found from this file's location. */
export const defaultDataDir = (): string => fileURLToPath(new URL('../../data', import.meta.url));

/** Reads data/ from disk; a file that is not valid JSON is reported like any other problem. */
export function readKnowledge(dir: string = defaultDataDir()): Knowledge {
  return loadKnowledge(readDataDir(dir));
}
