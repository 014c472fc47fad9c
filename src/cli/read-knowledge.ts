import { fileURLToPath } from 'node:url';
import { loadKnowledge, type Knowledge } from '../domain/knowledge';
import { applyOverlay } from '../domain/overlay';
import { OVERLAY_MAX_BYTES } from '../domain/overlay/limits';
import { printable } from '../domain/profile';
import { readDataDir } from '../node/read-data-dir';
import { readProfileText } from './read-profile';
import { UsageError } from './usage-error';

/** data/ next to src/, found from this file's location. */
export const defaultDataDir = (): string => fileURLToPath(new URL('../../data', import.meta.url));

/** Reads data/ from disk; a file that is not valid JSON is reported like any other problem. */
export function readKnowledge(dir: string = defaultDataDir()): Knowledge {
  return loadKnowledge(readDataDir(dir));
}

/**
 * data/ with a team's overlay file merged in. A refused overlay is bad input (exit 2), one line
 * per problem, each naming the file, the path and the value; data/ itself is checked first.
 */
export function readKnowledgeWithOverlay(path: string, dir: string = defaultDataDir()): Knowledge {
  const base = readDataDir(dir);
  loadKnowledge(base);
  const result = applyOverlay(base, readProfileText(path, OVERLAY_MAX_BYTES, 'overlay'), printable(path));
  if (!result.ok) throw new UsageError(result.problems.join('\n'));
  return result.knowledge;
}
