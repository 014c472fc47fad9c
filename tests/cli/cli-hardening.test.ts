import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli as runInProcess, spawnCli, type CliResult } from './run-cli';

/** The advisor in this process, timed: a refused input must be refused at once. */
function runCli(args: string[]): CliResult & { ms: number } {
  const start = performance.now();
  const result = runInProcess(args);
  return { ...result, ms: performance.now() - start };
}

/**
 * The advisor as a process with a time limit, for inputs that could block or never end (a device,
 * a FIFO): those fail instead of hanging the test run.
 */
function runProcess(args: string[]): CliResult & { ms: number } {
  const start = performance.now();
  const result = spawnCli(args, 15_000);
  return { ...result, ms: performance.now() - start };
}

const dir = mkdtempSync(join(tmpdir(), 'advisor-hardening-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const fifo = join(dir, 'profile.fifo');
execFileSync('mkfifo', [fifo]);
const folder = join(dir, 'profile.d');
mkdirSync(folder);

const weights = (count: number): string =>
  JSON.stringify({
    version: 1,
    weights: Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 1])),
  });
const overCap = file('big.json', weights(700_000));
const profile = ['--profile', 'examples/public-cloud.json'];

describe('advisor CLI: refused inputs exit 2 at once, with one message and nothing on stdout', () => {
  it.each<[string, string[], string]>([
    [
      '/dev/zero',
      ['recommend', '--profile', '/dev/zero'],
      '/dev/zero: not a regular file (value: a character device)',
    ],
    ['a FIFO', ['recommend', '--profile', fifo], `${fifo}: not a regular file (value: a FIFO)`],
  ])('%s, as a process', (_name, args, message) => {
    const result = runProcess(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.ms).toBeLessThan(10_000);
  });

  it.each<[string, string[], string]>([
    ['a directory', ['stack', '--profile', folder], `${folder}: not a regular file (value: a directory)`],
    ['a file over the cap', ['whatif', '--profile', overCap], `${overCap}: too large (value: `],
    [
      'a profile nested 4,500 deep',
      [
        'recommend',
        '--profile',
        file('deep.json', `{"version":1,"weights":{"x":${'['.repeat(4500)}${']'.repeat(4500)}}}`),
      ],
      'deep.json: (root): nested too deeply (value: depth 4502, limit 64)',
    ],
    [
      '1e400',
      ['recommend', '--profile', file('inf.json', '{"version":1,"weights":{"throughput":1e400}}')],
      'inf.json: weights.throughput: number too large to represent (value: 1e400)',
    ],
    [
      '__proto__ in weights',
      ['recommend', '--profile', file('proto.json', '{"version":1,"weights":{"__proto__":3}}')],
      'proto.json: weights.__proto__: key not allowed (value: "__proto__")',
    ],
    [
      'a duplicate flag',
      ['recommend', ...profile, '--method', 'weighted', '--method', 'topsis'],
      '--method: given 2 times (value: "weighted", "topsis")',
    ],
    [
      'a duplicate boolean flag',
      ['recommend', ...profile, '--json', '--json'],
      '--json: given 2 times (value: true, true)',
    ],
    [
      'a stray positional',
      ['recommend', ...profile, 'topsis'],
      'recommend: unexpected argument (value: "topsis")',
    ],
    [
      'a second id to explain',
      ['explain', 'calico-ipip', 'flannel-vxlan'],
      'explain: unexpected argument (value: "flannel-vxlan")',
    ],
    [
      'a flag the command does not take',
      ['list', '--method', 'bogus'],
      '--method: only with recommend, stack or whatif; list does not take it (value: "bogus")',
    ],
    [
      '--profile to validate',
      ['validate', ...profile],
      '--profile: only with recommend, stack or whatif; validate does not take it',
    ],
    ['help about an unknown command', ['help', 'rank'], 'help: unknown command (value: "rank")'],
    [
      'a control character in a value',
      ['list', '--category', 'x\u001b[2K'],
      '--category: unknown value "x\\u001b[2K"',
    ],
  ])('%s', (_name, args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.ms).toBeLessThan(10_000);
  });

  it('refuses 700,000 bad keys with one line, before reading the file', () => {
    const result = runCli(['recommend', '--profile', overCap]);
    expect(result.stderr).toMatch(/^advisor: \S+big\.json: too large \(value: \d+ bytes, limit 1000000\)\n$/);
  });

  it('lists at most 20 problems and how many more there are', () => {
    const path = file('many.json', weights(5000));
    const result = runCli(['recommend', '--profile', path]);
    expect(result.status).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(21);
    expect(lines.at(-1)).toBe(`${path}: … and 4,980 more problems (5,000 in all; the first 20 are listed)`);
  });

  it('escapes a forged key, so it cannot print a line of its own or move the cursor', () => {
    const path = file(
      'forged.json',
      JSON.stringify({ version: 1, weights: { 'x\nadvisor: profile OK\u001b[2K\u202e': 1, '': 2 } }),
    );
    const result = runCli(['recommend', '--profile', path]);
    expect(result.status).toBe(2);
    expect(result.stderr.replaceAll(path, 'FILE')).toMatchInlineSnapshot(`
      "advisor: FILE: weights.x\\u000aadvisor: profile OK\\u001b[2K\\u202e: Invalid key in record: criterion ids are camelCase (value: 1)
      FILE: weights."": Invalid key in record: criterion ids are camelCase (value: 2)
      "
    `);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).not.toContain('\u202e');
  });
});

describe('advisor CLI: help and BOM', () => {
  it.each<[string[], string]>([
    [['-h'], 'advisor recommend --profile FILE'],
    [['--help'], 'advisor validate'],
    [['help'], 'advisor explain ID'],
    [['stack', '--help'], 'advisor stack --profile FILE [--pin category=id]…'],
    [['recommend', '-h', ...profile], 'advisor recommend --profile FILE'],
    [['help', 'whatif'], 'advisor whatif --profile FILE'],
  ])('%j prints usage with exit 0', (args, line) => {
    const result = runCli(args);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^Usage:\n/);
    expect(result.stdout).toContain(line);
  });

  it('prints only the usage of the command asked about', () => {
    expect(runCli(['stack', '--help']).stdout).toMatchInlineSnapshot(`
      "Usage:
        advisor stack --profile FILE [--pin category=id]… [--method weighted|topsis] [--json]
                          [--overlay FILE]
      "
    `);
  });

  it('reads a profile file that starts with a BOM', () => {
    const path = file('bom.json', `\uFEFF${JSON.stringify({ version: 1, weights: { throughput: 3 } })}`);
    const result = runCli(['recommend', '--profile', path, '--json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { category: string }).category).toBe('networking');
  });
});
