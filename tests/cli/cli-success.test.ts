import { describe, expect, it } from 'vitest';
import { categoryIds } from '../../src/domain/schemas';
import { runCli } from './run-cli';

interface JsonRanking {
  category: string;
  method: string;
  ranking: { id: string; name: string; score: number; contributions: Record<string, number> }[];
  excluded: { id: string; reasons: string[] }[];
  assumptions: string[];
}

const recommend = (...args: string[]): JsonRanking => {
  const result = runCli(['recommend', '--profile', 'examples/public-cloud.json', '--json', ...args]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as JsonRanking;
};

describe('advisor recommend --json', () => {
  it.each(
    categoryIds.flatMap((category) => [
      [category, 'weighted'],
      [category, 'topsis'],
    ]),
  )('%s (%s) answers the contract', (category, method) => {
    const doc = recommend('--category', category, '--method', method);
    expect(Object.keys(doc)).toEqual(['category', 'method', 'ranking', 'excluded', 'assumptions']);
    expect(doc.category).toBe(category);
    expect(doc.method).toBe(method);
    expect(doc.ranking.length + doc.excluded.length).toBeGreaterThan(0);
    for (const [i, option] of doc.ranking.entries()) {
      expect(Object.keys(option)).toEqual(['id', 'name', 'score', 'contributions']);
      expect(option.score).toBeGreaterThanOrEqual(0);
      expect(option.score).toBeLessThanOrEqual(1);
      const sum = Object.values(option.contributions).reduce((a, b) => a + b, 0);
      expect(Math.round(sum * 1e4)).toBe(Math.round(option.score * 1e4));
      const next = doc.ranking[i + 1];
      if (next)
        expect(option.score > next.score || (option.score === next.score && option.id < next.id)).toBe(true);
    }
    for (const option of doc.excluded) expect(option.reasons.length).toBeGreaterThan(0);
  });

  it('excludes what cannot work on a public cloud without L2, naming the fact', () => {
    const doc = recommend();
    const macvlan = doc.excluded.find((o) => o.id === 'macvlan');
    expect(macvlan?.reasons.join(' ')).toContain('environment.l2 is false');
    expect(doc.ranking.map((o) => o.id)).not.toContain('macvlan');
    expect(doc.ranking[0]?.contributions).toHaveProperty('throughput');
  });

  it('is deterministic', () => {
    expect(runCli(['recommend', '--profile', 'examples/public-cloud.json', '--json']).stdout).toBe(
      runCli(['recommend', '--profile', 'examples/public-cloud.json', '--json']).stdout,
    );
  });
});

describe('advisor readable output, list and explain', () => {
  it('prints a ranked table with exclusions and assumptions', () => {
    const result = runCli(['recommend', '--profile', 'examples/private-dc-bgp.json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^networking — weighted sum\n/);
    expect(result.stdout).toMatch(/ {2}1\. \S+ +\d\.\d{3} /);
  });

  it('lists every category with its options and status', () => {
    const result = runCli(['list']);
    expect(result.status).toBe(0);
    for (const category of categoryIds)
      expect(result.stdout).toMatch(new RegExp(`^${category} \\(\\d+\\)$`, 'm'));
    expect(result.stdout).toMatch(/^ {2}calico-bgp +active/m);
    expect(runCli(['list', '--category', 'logging']).stdout).not.toContain('calico-bgp');
  });

  it('explains an option value by value with sources', () => {
    const result = runCli(['explain', 'flannel-vxlan']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('throughput:');
    expect(result.stdout).toContain('when {"udpOffload":true}');
    expect(result.stdout).toContain('004_04f6043f6078430a.txt');
  });
});
