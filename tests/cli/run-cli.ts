import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { run } from '../../src/cli/run';
import { sharedKnowledge } from '../support/knowledge-once';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the advisor in this process through its own entry, `run(argv, io)`, as `main.ts` does for a
 * real process, and collects what it writes. Profile paths are relative to the project root, which
 * is where vitest runs.
 */
export function runCli(args: string[]): CliResult {
  if (resolve(process.cwd()) !== resolve(root))
    throw new Error(`runCli: run the tests from ${root}, not ${process.cwd()}`);
  let stdout = '';
  let stderr = '';
  const status = run(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    knowledge: () => sharedKnowledge(() => readKnowledge()),
  });
  return { status, stdout, stderr };
}

/** Runs the advisor as a process the way `npm run advisor` does (tsx, no build step). */
export function spawnCli(args: string[], timeout?: number): CliResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
