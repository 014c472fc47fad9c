import { resolve } from 'node:path';
import { vi } from 'vitest';
import { sharedKnowledge } from './knowledge-once';

// Test files read the real knowledge base with `readKnowledge()` (or `readKnowledge(<root>/data)`,
// as tests/ui/render-app.tsx does so that it works under jsdom too), each at its top. This setup
// file makes those reads of data/ share one load per worker; a read of any other folder (a test's
// own broken fixture, say) still goes to disk and through every check.
vi.mock(import('../../src/cli/read-knowledge'), async (importOriginal) => {
  const real = await importOriginal();
  // vitest runs from the project root, as the tests' relative paths (examples/…) assume too.
  const dataDir = resolve('data');
  return {
    ...real,
    readKnowledge: (dir?: string) =>
      dir === undefined || resolve(dir) === dataDir
        ? sharedKnowledge(() => real.readKnowledge(dir))
        : real.readKnowledge(dir),
  };
});
