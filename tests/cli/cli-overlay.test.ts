import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

// `--overlay FILE` merges a team's overlay into data/ for recommend, stack, whatif, list, explain
// and validate; a refused overlay exits 2 with one line per problem and nothing on stdout.

const dir = mkdtempSync(join(tmpdir(), 'advisor-overlay-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const teamSource = {
  id: 'lab-iperf-2026-10',
  kind: 'team',
  title: 'Lab iperf3 runs',
  year: 2026,
  publisher: 'Lab team',
  language: 'en',
  note: 'iperf3 -P 8, 2026-10, two hosts, 25GbE, MTU 9000, UDP offload on',
};

/** A team benchmark in which Antrea runs at line rate and Canal at half of it, on one L2
 * segment with UDP offload on (the facts Antrea's and Canal's judged values depend on). */
const benchmarkOverlay = {
  overlay: 1,
  name: 'lab',
  owner: 'Lab team',
  sources: [teamSource],
  benchmarks: [
    {
      id: 'lab-iperf-2026-10',
      title: { en: 'Lab iperf3' },
      source: { source: 'lab-iperf-2026-10', section: 'run 1' },
      date: '2026-10',
      conditions: {
        platform: { en: 'two bare-metal hosts' },
        nicGbps: 25,
        mtu: 9000,
        udpOffload: true,
        runs: 5,
        environment: { l2: true, udpOffload: true },
      },
      series: [
        {
          id: 'tcp',
          metric: { en: 'TCP throughput' },
          unit: 'Gbit/s',
          higherIsBetter: true,
          criterion: 'throughput',
          baseline: { label: 'host to host', value: 24 },
          results: [
            { label: 'Antrea', option: 'antrea', value: 24 },
            { label: 'Canal', option: 'canal', value: 12 },
          ],
        },
      ],
    },
  ],
};

const profile = file('profile.json', {
  version: 1,
  environment: { orchestrator: 'kubernetes', bgp: true, l2: true, udpOffload: true },
  weights: { throughput: 3, networkPolicy: 3, simplicity: 2 },
});

interface JsonRanking {
  overlay?: { name: string; owner: string; sha256: string };
  ranking: { id: string; score: number; contributions: Record<string, number>; overlaid?: string[] }[];
}

const recommend = (...extra: string[]) => runCli(['recommend', '--profile', profile, '--json', ...extra]);

describe('advisor … --overlay FILE', () => {
  const overlay = file('lab.json', benchmarkOverlay);

  it('feeds the team measurement into the measured criterion and names the overlay', () => {
    const base = JSON.parse(recommend().stdout) as JsonRanking;
    const result = recommend('--overlay', overlay);
    expect(result.status).toBe(0);
    const merged = JSON.parse(result.stdout) as JsonRanking;
    expect(base.overlay).toBeUndefined();
    expect(merged.overlay?.name).toBe('lab');
    expect(merged.overlay?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const throughput = (r: JsonRanking, id: string) =>
      r.ranking.find((o) => o.id === id)?.contributions.throughput ?? NaN;
    expect(throughput(merged, 'antrea')).toBeGreaterThan(throughput(base, 'antrea'));
    expect(throughput(merged, 'canal')).toBeLessThan(throughput(base, 'canal'));
    expect(merged.ranking.find((o) => o.id === 'antrea')?.overlaid).toEqual(['throughput']);
    expect(merged.ranking.find((o) => o.id === 'weave-fastdp')?.overlaid).toBeUndefined();
  });

  it('says in the text which facts came from the overlay, with the measurement’s conditions', () => {
    const { stdout } = runCli(['recommend', '--profile', profile, '--overlay', overlay]);
    expect(stdout).toMatch(/^Overlay "lab" \(Lab team; sha256 [0-9a-f]{12}…\):$/m);
    expect(stdout).toContain(
      '  antrea throughput: from overlay “lab” (2026-10 Lab iperf3, 25 GbE, offload on)',
    );
  });

  it.each([
    ['stack', '--profile', profile],
    ['whatif', '--profile', profile],
    ['list'],
    ['explain', 'antrea'],
  ])('%s takes it', (...args) => {
    const result = runCli([...args, '--overlay', overlay]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('validate checks data/ and the overlay, and says what the overlay sets', () => {
    const result = runCli(['validate', '--overlay', overlay]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^overlay "lab" OK \(Lab team; sha256 [0-9a-f]{64}\): 1 source added, 1 benchmark added$/m,
    );
  });

  it('leaves every v1 output as it was without --overlay', () => {
    expect(runCli(['list']).stdout).not.toContain('from overlay');
    expect(recommend().stdout).not.toContain('"overlay"');
  });
});

describe('a refused overlay exits 2, one line per problem, nothing on stdout', () => {
  const valueOf = (source?: unknown) => ({
    level: 4,
    note: { en: 'ours' },
    ...(source === undefined ? {} : { source }),
  });
  const cases: [string, unknown, string[]][] = [
    [
      'an id already in the knowledge base, without override',
      { overlay: 1, name: 'x', owner: 'o', sources: [{ ...teamSource, id: 'calico-docs-overlay' }] },
      [
        'x.json: sources[0].id: already in the knowledge base; add "override": true to replace it (value: "calico-docs-overlay")',
      ],
    ],
    [
      'a value without a source, and an unknown criterion',
      {
        overlay: 1,
        name: 'x',
        owner: 'o',
        values: [
          { option: 'calico-bgp', criterion: 'teleport', value: valueOf({ source: 'x', section: 's' }) },
          { option: 'calico-bgp', criterion: 'throughput', value: valueOf(), override: true },
        ],
      },
      ['x.json: values[1].value.source: Invalid input: expected object, received undefined (value: missing)'],
    ],
    [
      'a prototype key',
      '{"overlay":1,"name":"x","owner":"o","constructor":{"prototype":{}}}',
      ['x.json: constructor: key not allowed (value: "constructor")'],
    ],
    [
      'stack rules in a loop',
      {
        overlay: 1,
        name: 'x',
        owner: 'o',
        stackRules: [
          {
            id: 'a',
            when: 'canal',
            category: 'logging',
            anyOf: ['efk'],
            reason: { en: 'r' },
            source: { source: 'calico-docs-overlay', section: 's' },
          },
          {
            id: 'b',
            when: 'efk',
            category: 'networking',
            anyOf: ['canal'],
            reason: { en: 'r' },
            source: { source: 'calico-docs-overlay', section: 's' },
          },
        ],
      },
      [
        'x.json: stackRules: rules form a loop (canal → efk → canal); a rule may not, through others, constrain the option it starts from',
      ],
    ],
  ];

  it.each(cases)('%s', (_what, content, lines) => {
    const path = file('x.json', content);
    const result = runCli(['recommend', '--profile', profile, '--overlay', path]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    const shown = lines.map((l) => l.replace(/^x\.json/, path));
    expect(result.stderr).toBe(`advisor: ${shown.join('\n')}\n`);
  });

  it('a 10 MB file is refused before it is parsed', () => {
    const text = `{"overlay":1,"name":"x","owner":"o","description":"${'x'.repeat(10_000_000)}"}`;
    const path = file('big.json', text);
    const result = runCli(['validate', '--overlay', path]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`advisor: ${path}: too large (value: ${text.length} bytes, limit 6000000)\n`);
  });
});
