import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runCli, type CliResult } from './run-cli';

// The other CLI tests call the advisor's own entry in this process; these run it the way a user
// does, so the process wiring (arguments, exit code, the two streams) is covered too.

/** `npm run --silent advisor -- …` from the project root, exactly as the README documents it. */
function npmRun(args: string[]): CliResult {
  const result = spawnSync('npm', ['run', '--silent', 'advisor', '--', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'advisor-process-'));

describe('the advisor as a process, through npm run', () => {
  it('works exactly as documented through npm run, with no build step', () => {
    const args = ['recommend', '--profile', 'examples/public-cloud.json', '--json'];
    const result = npmRun(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect((JSON.parse(result.stdout) as { category: string }).category).toBe('networking');
    // The in-process entry the other tests use answers exactly what the process prints.
    expect(runCli(args)).toEqual(result);
  });

  it('exits 2 on a bad profile file, with the message on stderr only and nothing on stdout', () => {
    const path = join(dir, 'too-heavy.json');
    writeFileSync(path, JSON.stringify({ version: 1, weights: { throughput: 9 } }));
    const args = ['recommend', '--profile', path, '--json'];
    const result = npmRun(args);
    expect(result).toEqual({
      status: 2,
      stdout: '',
      stderr: `advisor: ${path}: weights.throughput: Too big: expected number to be <=5 (value: 9)\n`,
    });
    expect(runCli(args)).toEqual(result);
  });
});
