import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliResult } from './run-cli';

interface V1Option {
  id: string;
  name: string;
  score: number;
  contributions: Record<string, number>;
}
interface V11Option extends V1Option {
  acceptability: number[];
  range: number[];
}
interface Doc {
  category: string;
  method: string;
  confidence: { samples: number; seed: number; winnerShare: number; tiedWithWinner: string[] };
  ranking: V11Option[];
  excluded: { id: string; reasons: string[] }[];
  assumptions: string[];
  stability: {
    criterion: string;
    weight: number;
    holdsFrom: number;
    holdsTo: number;
    flipsTo: string | null;
  }[];
  nearMisses: { id: string; blockedBy: string[]; wouldRank: number; score: number }[];
}

const profileArgs = ['recommend', '--profile', 'examples/public-cloud.json', '--json'];
const confidenceArgs = [...profileArgs, '--confidence', '--samples', '2000', '--seed', '7'];

function ok(result: CliResult): string {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const dir = mkdtempSync(join(tmpdir(), 'advisor-confidence-'));
function profileFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

describe('recommend --json --confidence (contract v1.1)', () => {
  let first = '';
  let doc: Doc;
  let plain: Record<string, unknown> & { ranking: V1Option[] };
  beforeAll(() => {
    first = ok(runCli(confidenceArgs));
    doc = JSON.parse(first) as Doc;
    plain = JSON.parse(ok(runCli(profileArgs))) as typeof plain;
  });

  it('prints exactly the v1.1 shape', () => {
    expect(Object.keys(doc).sort()).toEqual(
      [
        'assumptions',
        'category',
        'confidence',
        'excluded',
        'method',
        'nearMisses',
        'ranking',
        'stability',
      ].sort(),
    );
    expect(Object.keys(doc.confidence)).toEqual(['samples', 'seed', 'winnerShare', 'tiedWithWinner']);
    expect(doc.confidence).toMatchObject({ samples: 2000, seed: 7 });
    expect(doc.ranking.length).toBeGreaterThan(0);
    for (const option of doc.ranking) {
      expect(Object.keys(option)).toEqual(['id', 'name', 'score', 'contributions', 'acceptability', 'range']);
      expect(option.acceptability).toHaveLength(3);
      expect(option.range).toHaveLength(2);
      const [low, high] = option.range as [number, number];
      expect(0 <= low && low <= high && high <= 1, option.id).toBe(true);
      for (const share of option.acceptability) expect(share >= 0 && share <= 1, option.id).toBe(true);
    }
    expect(doc.stability.length).toBeGreaterThan(0);
    for (const s of doc.stability) {
      expect(Object.keys(s)).toEqual(['criterion', 'weight', 'holdsFrom', 'holdsTo', 'flipsTo']);
      expect(0 <= s.holdsFrom && s.holdsFrom <= s.weight && s.weight <= s.holdsTo && s.holdsTo <= 5).toBe(
        true,
      );
      expect(s.flipsTo === null || typeof s.flipsTo === 'string').toBe(true);
    }
    expect(doc.nearMisses.length).toBeGreaterThan(0);
    for (const m of doc.nearMisses) {
      expect(Object.keys(m)).toEqual(['id', 'blockedBy', 'wouldRank', 'score']);
      expect(m.blockedBy).toHaveLength(1);
      expect(Number.isInteger(m.wouldRank) && m.wouldRank >= 1).toBe(true);
    }
  });

  it('is internally consistent', () => {
    const [top] = doc.ranking;
    expect(doc.confidence.winnerShare).toBe(top?.acceptability[0]);
    expect(doc.confidence.tiedWithWinner).toEqual(
      doc.ranking.slice(1).flatMap((o) => (o.score === top?.score ? [o.id] : [])),
    );
    // the example profile has a tie at the top (calico-ipip and kube-router)
    expect(doc.confidence.tiedWithWinner.length).toBeGreaterThan(0);
    expect(doc.stability.map((s) => s.criterion)).toEqual(Object.keys(top?.contributions ?? {}));
    for (let r = 0; r < 3; r += 1) {
      const total = doc.ranking.reduce((sum, o) => sum + (o.acceptability[r] as number), 0);
      expect(Math.abs(total - 1)).toBeLessThanOrEqual(0.00005 * doc.ranking.length + 1e-9);
    }
    const excluded = doc.excluded.map((o) => o.id);
    for (const m of doc.nearMisses) expect(excluded).toContain(m.id);
  });

  it('is deterministic', () => {
    expect(ok(runCli(confidenceArgs))).toBe(first);
  });

  it('without --confidence none of the v1.1 keys appear and the v1 keys are unchanged', () => {
    expect(Object.keys(plain)).toEqual(['category', 'method', 'ranking', 'excluded', 'assumptions']);
    for (const option of plain.ranking)
      expect(Object.keys(option)).toEqual(['id', 'name', 'score', 'contributions']);
    const v1 = {
      category: doc.category,
      method: doc.method,
      ranking: doc.ranking.map(({ id, name, score, contributions }) => ({ id, name, score, contributions })),
      excluded: doc.excluded,
      assumptions: doc.assumptions,
    };
    expect(v1).toEqual(plain);
  });

  it('the readable table adds the confidence section only when asked', () => {
    const text = ok(runCli(confidenceArgs.filter((a) => a !== '--json')));
    expect(text).toContain('Confidence (2000 samples, seed 7):');
    expect(ok(runCli(profileArgs.filter((a) => a !== '--json')))).not.toContain('Confidence');
  });
});

describe('recommend --confidence: bad flags exit 2, naming the flag and the value, with nothing on stdout', () => {
  const bad = (extra: string[]) => runCli([...profileArgs, ...extra]);
  it.each<[string, string[], string, string]>([
    ['--samples 0', ['--confidence', '--samples', '0'], '--samples', '0'],
    ['--samples abc', ['--confidence', '--samples', 'abc'], '--samples', 'abc'],
    ['--seed 1.5', ['--confidence', '--seed', '1.5'], '--seed', '1.5'],
    ['--seed=-1', ['--confidence', '--seed=-1'], '--seed', '-1'],
    // ENGINE BUG (see report): node's parseArgs rejects "-1" as an ambiguous value before the advisor
    // can; the message names the flag but not the value.
    ['--seed -1', ['--confidence', '--seed', '-1'], '--seed', '-1'],
    // ENGINE BUG (see report): the message names the flag but not the offending value.
    ['--samples without --confidence', ['--samples', '10'], '--samples', '10'],
  ])('%s', (_name, extra, flag, value) => {
    const result = bad(extra);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.startsWith('advisor: ')).toBe(true);
    expect(result.stderr).toContain(flag);
    expect(result.stderr).toContain(`"${value}"`);
  });

  it('--samples without --confidence says that --confidence is needed', () => {
    const result = bad(['--samples', '10']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--confidence');
  });
});

describe('v1.1 profile fields', () => {
  const v11 = {
    version: 1,
    environment: {
      orchestrator: 'kubernetes',
      bgp: false,
      l2: true,
      openstack: false,
      saas: false,
      hosts: 120,
    },
    weights: { throughput: 5 },
    mustHave: ['networkPolicy'],
    includeUnmaintained: false,
    choices: { networking: 'calico-ipip', logging: 'efk' },
  };

  it('accepts includeUnmaintained, choices, openstack, saas and hosts', () => {
    const doc = JSON.parse(
      ok(runCli(['recommend', '--profile', profileFile('v11.json', v11), '--json'])),
    ) as Doc;
    expect(doc.ranking.length).toBeGreaterThan(0);
  });

  it.each<[string, Record<string, string>, string]>([
    ['an unknown option id', { networking: 'calico-xyz' }, 'calico-xyz'],
    ['an option of another category', { networking: 'kubernetes' }, 'kubernetes'],
  ])('rejects a choice with %s, naming choices.<category> and the value', (_name, choices, value) => {
    const path = profileFile(`choice-${value}.json`, { ...v11, choices });
    const result = runCli(['recommend', '--profile', path, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(path);
    expect(result.stderr).toContain('choices.networking');
    expect(result.stderr).toContain(`"${value}"`);
  });

  it('rejects an unknown category under choices', () => {
    const path = profileFile('choice-category.json', { ...v11, choices: { dns: 'consul' } });
    const result = runCli(['recommend', '--profile', path, '--json']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('choices');
  });
});
