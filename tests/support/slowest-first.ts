import { relative } from 'node:path';
import type { TestSequencer, TestSpecification, Vitest } from 'vitest/node';

// vitest/node is imported where it is used, not at the top: vite.config.ts names this class, and
// every vite build and preview reads that config.
const baseSequencer = async (ctx: Vitest): Promise<TestSequencer> =>
  new (await import('vitest/node')).BaseSequencer(ctx);

const compareDescending = (a: number, b: number): number => (a === b ? 0 : a > b ? -1 : 1);

/**
 * Starts the slowest test files first, whatever their project. Vitest's own order takes the
 * projects one after another by name, and only then the slowest first: the end-to-end file that
 * runs for minutes would start once the jsdom files are done and keep one worker busy long after
 * the others have finished. Files of a project without isolation come last and together: a worker
 * keeps its modules (and the knowledge base) only while the next file in the queue shares them.
 * Durations are those of the last run (vitest's results cache); a file it has not seen yet counts
 * as slowest.
 */
export default class SlowestFirst implements TestSequencer {
  private readonly ctx: Vitest;

  constructor(ctx: Vitest) {
    this.ctx = ctx;
  }

  async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await baseSequencer(this.ctx)).shard(files);
  }

  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const duration = (spec: TestSpecification): number =>
      this.ctx.cache.getFileTestResults(
        `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`,
      )?.duration ?? Number.POSITIVE_INFINITY;
    const group = (spec: TestSpecification): number => spec.project.config.sequence.groupOrder;
    const shared = (spec: TestSpecification): number => (spec.project.config.isolate ? 0 : 1);
    // Array#sort is stable: equal durations keep vitest's order (failed files first, then by size).
    return (await (await baseSequencer(this.ctx)).sort(files)).sort(
      (a, b) => group(a) - group(b) || shared(a) - shared(b) || compareDescending(duration(a), duration(b)),
    );
  }
}
