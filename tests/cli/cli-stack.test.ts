import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const profile = ['--profile', 'examples/public-cloud.json'];

const json = (args: string[]): unknown => {
  const result = runCli(args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as unknown;
};

describe('advisor stack (contract v1.1)', () => {
  it('prints exactly { stack, incompatible, assumptions } with one pick per category', () => {
    const doc = json(['stack', ...profile, '--json']) as {
      stack: {
        category: string;
        id: string;
        score: number;
        alternatives: { id: string; score: number; delta: number }[];
      }[];
      incompatible: unknown[];
      assumptions: string[];
    };
    expect(Object.keys(doc)).toEqual(['stack', 'incompatible', 'assumptions']);
    const categories = doc.stack.map((s) => s.category);
    expect(new Set(categories).size).toBe(categories.length);
    // Logging and monitoring entries are pipelines: they add `members` after the v1.1 fields.
    const pipeline = new Set(['logging', 'monitoring']);
    for (const pick of doc.stack) {
      const extra = pipeline.has(pick.category) ? ['members'] : [];
      expect(Object.keys(pick)).toEqual(['category', 'id', 'score', 'alternatives', ...extra]);
      for (const alt of pick.alternatives) {
        expect(Object.keys(alt)).toEqual(['id', 'score', 'delta', ...extra]);
        expect(alt.delta).toBeLessThanOrEqual(0);
      }
    }
  });

  it('names a pipeline by its lead member and lists every member with its roles', () => {
    const doc = json(['stack', '--profile', 'examples/private-dc-bgp.json', '--json']) as {
      stack: {
        category: string;
        id: string;
        members?: { id: string; roles: string[] }[];
        alternatives: { id: string; members?: { id: string; roles: string[] }[] }[];
      }[];
    };
    for (const category of ['logging', 'monitoring']) {
      const pick = doc.stack.find((s) => s.category === category);
      expect(pick?.members?.[0]?.id).toBe(pick?.id);
      const roles = new Set(pick?.members?.flatMap((m) => m.roles));
      expect(roles.has('collect') && roles.has('store') && roles.has('visualise')).toBe(true);
      for (const alt of pick?.alternatives ?? []) expect(alt.members?.map((m) => m.id)).toContain(alt.id);
    }
    const logging = doc.stack.find((s) => s.category === 'logging');
    const combined = logging?.alternatives.find((a) => (a.members?.length ?? 0) > 1);
    expect(combined).toBeDefined();
    // Text output mentions the other members with "+".
    const text = runCli(['stack', '--profile', 'examples/private-dc-bgp.json']).stdout;
    const others = combined?.members?.map((m) => m.id).filter((id) => id !== combined.id) ?? [];
    expect(text).toContain([combined?.id, ...others].join(' + '));
  });

  it('keeps a pin and re-optimises the rest', () => {
    const doc = json(['stack', ...profile, '--json', '--pin', 'networking=calico-ipip']) as {
      stack: { category: string; id: string }[];
    };
    expect(doc.stack.find((s) => s.category === 'networking')?.id).toBe('calico-ipip');
  });

  it.each<[string, string[], RegExp]>([
    ['a malformed pin', ['--pin', 'networking'], /--pin: expected category=id \(value: "networking"\)/],
    [
      'an unknown category',
      ['--pin', 'nets=calico-ipip'],
      /--pin: unknown category "nets" \(value: "nets=calico-ipip"\)/,
    ],
    ['an unknown id', ['--pin', 'networking=nope'], /--pin: unknown option id "nope"/],
    [
      'an option of another category',
      ['--pin', 'networking=kubernetes'],
      /"kubernetes" is a orchestration option, not networking/,
    ],
    [
      'the same category twice',
      ['--pin', 'networking=calico-ipip', '--pin', 'networking=antrea'],
      /networking pinned twice/,
    ],
    [
      'an incompatible pin, with rule and source',
      ['--pin', 'orchestration=kubernetes', '--pin', 'networking=docker-overlay'],
      /--pin networking=docker-overlay: .*CNM.*source: /,
    ],
  ])('refuses %s with exit 2, the flag and the value, and nothing on stdout', (_name, extra, message) => {
    const result = runCli(['stack', '--profile', 'examples/public-cloud.json', ...extra]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('refuses --pin outside stack', () => {
    const result = runCli(['recommend', ...profile, '--pin', 'networking=antrea']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--pin: only with stack/);
  });
});

describe('advisor whatif (contract v1.1)', () => {
  it('lists changes with their winner, score delta and newly feasible options', () => {
    const doc = json(['whatif', ...profile, '--category', 'networking', '--json']) as Record<
      string,
      unknown
    >[];
    expect(doc.length).toBeGreaterThan(0);
    for (const entry of doc)
      expect(Object.keys(entry)).toEqual(['change', 'category', 'winner', 'scoreDelta', 'newlyFeasible']);
    const bgp = doc.find((e) => (e.change as Record<string, unknown>)['environment.bgp'] === true);
    expect(bgp?.newlyFeasible).toContain('calico-bgp');
  });

  it('refuses an unknown category with exit 2', () => {
    const result = runCli(['whatif', ...profile, '--category', 'nets']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/--category: unknown value "nets"/);
  });
});
