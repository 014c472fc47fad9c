import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'advisor-cli-'));
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('advisor CLI: bad input exits 2 with one clear message and an empty stdout', () => {
  const missing = join(dir, 'nope.json');
  const cases: [string, string[], string][] = [
    [
      'missing file',
      ['recommend', '--profile', missing],
      `advisor: ${missing}: cannot read the profile file (ENOENT)`,
    ],
    ['invalid JSON', ['recommend', '--profile', file('broken.json', '{"version": 1,')], 'invalid JSON'],
    [
      'weight out of range',
      ['recommend', '--profile', file('w.json', '{"version":1,"weights":{"throughput":9}}')],
      'weights.throughput: Too big: expected number to be <=5 (value: 9)',
    ],
    [
      'unknown criterion',
      ['recommend', '--profile', file('c.json', '{"version":1,"weights":{"speed":3}}')],
      'weights.speed: unknown criterion id (value: 3)',
    ],
    [
      'unknown key',
      ['recommend', '--profile', file('k.json', '{"version":1,"environment":{"gpu":true}}')],
      'environment.gpu: unknown key (value: true)',
    ],
    [
      'unknown category',
      ['recommend', '--profile', 'examples/public-cloud.json', '--category', 'dns'],
      '--category: unknown value "dns"',
    ],
    [
      'unknown method',
      ['recommend', '--profile', 'examples/public-cloud.json', '--method', 'ahp'],
      '--method: unknown value "ahp"',
    ],
    ['missing --profile', ['recommend'], '--profile: missing'],
    [
      'unknown flag',
      ['recommend', '--profile', 'examples/public-cloud.json', '--fast'],
      "Unknown option '--fast'",
    ],
    ['unknown option id', ['explain', 'calico-xyz'], 'explain: unknown option id (value: "calico-xyz")'],
    ['unknown command', ['rank'], 'unknown command "rank"'],
  ];
  it.each(cases)('%s', (_name, args, message) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
    expect(result.stderr.startsWith('advisor: ')).toBe(true);
  });

  it('names the file in profile errors', () => {
    const path = file('named.json', '{"version":1,"weights":{"throughput":-1}}');
    expect(runCli(['recommend', '--profile', path]).stderr).toBe(
      `advisor: ${path}: weights.throughput: Too small: expected number to be >=0 (value: -1)\n`,
    );
  });
});
