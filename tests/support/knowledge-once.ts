import type { Knowledge } from '../../src/domain/knowledge';

// Module state: the node project runs its files without isolation, so one worker keeps this
// module, and the one knowledge base in it, from its first test file to its last.
let shared: Knowledge | undefined;

/**
 * The real knowledge base (data/), read and validated by `read` the first time a worker asks and
 * handed out as is afterwards. Reading and checking data/ costs about half a second in a fresh
 * worker, and every test file would otherwise pay it. Nothing may change the object: the engine
 * caches per knowledge base by identity, so it is read-only everywhere already.
 */
export function sharedKnowledge(read: () => Knowledge): Knowledge {
  shared ??= read();
  return shared;
}
