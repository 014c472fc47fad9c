import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { profileText } from './generators';
import { fuzzSeed, goodMessage, newStats, report, runsPer } from './fuzz-stats';

const kb = readKnowledge();
const runs = runsPer(60);
const root = process.cwd();
const bundle = join(root, 'node_modules/.tmp/advisor-fuzz.mjs');
let dir = '';

/** A process that does not finish within this counts as unbounded work (and is killed). */
const CLI_LIMIT_MS = 15_000;

beforeAll(async () => {
  // One bundle, so each case costs a node start and not a TypeScript compile.
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: bundle,
    logLevel: 'warning',
  });
  dir = mkdtempSync(join(tmpdir(), 'advisor-fuzz-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  killed: boolean;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bundle, ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, CLI_LIMIT_MS);
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - start, killed });
    });
  });
}

const commands = fc.constantFrom(
  'recommend',
  'stack',
  'whatif',
  'list',
  'explain',
  'validate',
  'bogus',
  '-h',
);
const extraArgs = fc.array(
  fc.constantFrom(
    '--json',
    '--method',
    'topsis',
    'bogus',
    '--category',
    'networking',
    'nope',
    '--pin',
    'networking=calico-bgp',
    'networking=nope',
    '--samples',
    '0',
    '--seed',
    '1.5',
    '--confidence',
    '--profile',
    'stray',
    '--help',
  ),
  { maxLength: 5 },
);

describe(`fuzzing the CLI (${runs} cases, seed ${fuzzSeed()})`, () => {
  it('exits 0 or 2, prints nothing on stdout on error, a bounded list of printable messages, in bounded time', async () => {
    const s = newStats('cli');
    const cases = fc.sample(fc.tuple(commands, profileText(kb), extraArgs), {
      numRuns: runs,
      seed: fuzzSeed() + 3,
    });
    const runCase = async ([command, text, extra]: (typeof cases)[number], i: number) => {
      const file = join(dir, `p${i}.json`);
      writeFileSync(file, text);
      const result = await runCli([command, '--profile', file, ...extra]);
      s.cases += 1;
      s.slowestMs = Math.max(s.slowestMs, result.ms);
      if (result.killed) s.unbounded += 1;
      if (result.code === 0) s.accepted += 1;
      else if (result.code === 2) {
        s.refused += 1;
        const lines = result.stderr.trimEnd().split('\n');
        const messages = lines.map((l) => l.replace(/^advisor: /, ''));
        // Argument errors name the flag or the command (quoted) rather than a field path.
        const named = (m: string) => goodMessage(m) || (/["'-]/.test(m) && goodMessage(`(args): ${m}`));
        if (result.stdout !== '' || lines.length > 40 || !messages.every(named)) {
          s.badMessages += 1;
          if (s.badMessages <= 3)
            console.error('cli message', [command, ...extra], result.stderr.slice(0, 300));
        }
      } else if (!result.killed) {
        s.crashes += 1;
        console.error('cli crash', command, extra, result.code, result.stderr.slice(0, 500));
      }
    };
    // Two at a time: the machine has two cores.
    for (let i = 0; i < cases.length; i += 2)
      await Promise.all(cases.slice(i, i + 2).map((c, j) => runCase(c, i + j)));
    console.log(report([s]));
    expect({ crashes: s.crashes, unbounded: s.unbounded, badMessages: s.badMessages }).toEqual({
      crashes: 0,
      unbounded: 0,
      badMessages: 0,
    });
  }, 900_000);
});
