import { crossCheck } from './cross-check';
import { indexKnowledge } from './index-knowledge';
import { KnowledgeError, type Knowledge, type RawFile } from './knowledge';
import { parseFiles } from './parse-files';

/** Validates every file and every cross-reference; throws KnowledgeError listing all problems. */
export function loadKnowledge(files: readonly RawFile[]): Knowledge {
  const problems: string[] = [];
  const parsed = parseFiles(files, problems);
  crossCheck(parsed, problems);
  if (problems.length > 0 || !parsed.criteria || !parsed.environment) throw new KnowledgeError(problems);
  return indexKnowledge(parsed);
}
