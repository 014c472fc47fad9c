import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  decodeShare,
  encodeShare,
  MAX_SHARE_TOKEN,
  parseBoundedJson,
  parseProfile,
  parseProfileJson,
  showValue,
  summarizeProblems,
} from '../../src/domain/profile';
import { profileSchema } from '../../src/domain/schemas';
import { parseImport } from '../../src/features/decision/parse-import';
import { parseOther } from '../../src/features/profiles/parse-other';

const kb = readKnowledge();

/** A share token carrying `profileText` as the profile, written as raw JSON text. */
const linkOf = (profileText: string): string =>
  `1.${Buffer.from(`{"profile":${profileText},"method":"weighted","compared":[]}`).toString('base64url')}`;

type Result = { ok: true } | { ok: false; problems?: string[] };
/** The problems of a failed result; a failure without any reads as one, so that it cannot pass for success. */
const problemsOf = (result: Result): string[] =>
  result.ok ? [] : (result.problems ?? ['(no problems listed)']);

/**
 * Every surface a profile text enters by: the CLI's file reading, the import (file or paste), the
 * profiles view's paste box, and a share link. A link's problems are prefixed by where the profile
 * sits in the link.
 */
const surfaces: [string, (text: string) => string[]][] = [
  ['file', (text) => problemsOf(parseProfileJson(text, kb))],
  ['import', (text) => problemsOf(parseImport(text, kb))],
  ['paste', (text) => problemsOf(parseOther(text, kb))],
  ['link', (text) => problemsOf(decodeShare(linkOf(text), kb)).map((p) => p.replace(/^profile\./, ''))],
];

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** A value nested `depth` arrays deep, built without recursion. */
function deepValue(depth: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < depth; i += 1) value = [value];
  return value;
}

describe('one strict profile contract on every surface', () => {
  // A link wraps the profile in one more object, so its depth is one more.
  const cases: [string, string, string | RegExp][] = [
    [
      'depth 4,500',
      `{"version":1,"weights":{"throughput":${nested(4500)}}}`,
      /nested too deeply \(value: depth 450[23], limit 64\)$/,
    ],
    [
      'depth 10,000',
      `{"version":1,"weights":{"throughput":${nested(10_000)}}}`,
      /nested too deeply \(value: depth 1000[23], limit 64\)$/,
    ],
    [
      '1e400 as a weight',
      '{"version":1,"weights":{"throughput":1e400}}',
      'weights.throughput: number too large to represent (value: 1e400)',
    ],
    [
      '-1e999 as the number of hosts',
      '{"version":1,"environment":{"hosts":-1e999}}',
      'environment.hosts: number too large to represent (value: -1e999)',
    ],
    [
      '__proto__ in weights',
      '{"version":1,"weights":{"__proto__":3}}',
      'weights.__proto__: key not allowed (value: "__proto__")',
    ],
    [
      'constructor in choices',
      '{"version":1,"choices":{"constructor":"calico-ipip"}}',
      'choices.constructor: key not allowed (value: "constructor")',
    ],
    [
      'prototype at the top',
      '{"version":1,"prototype":{}}',
      'prototype: key not allowed (value: "prototype")',
    ],
    ['an empty key', '{"version":1,"environment":{"":1}}', 'environment."": unknown key (value: 1)'],
    [
      'an unknown must-have',
      '{"version":1,"mustHave":["crossHost","magic"]}',
      'mustHave[1]: unknown criterion id (value: "magic")',
    ],
  ];
  describe.each(surfaces)('%s', (surface, problems) => {
    it.each(cases)('refuses %s, naming where and what', (_name, text, problem) => {
      const found = problems(text);
      expect(found.some((p) => (typeof problem === 'string' ? p.endsWith(problem) : problem.test(p)))).toBe(
        true,
      );
    });

    it('escapes a forged key: no new line, no ANSI escape, no bidi override', () => {
      const text = JSON.stringify({
        version: 1,
        environment: { 'x\nadvisor: profile OK\u001b[2K\u202e': 1 },
      });
      const found = problems(text);
      expect(found).toEqual([
        'environment.x\\u000aadvisor: profile OK\\u001b[2K\\u202e: unknown key (value: 1)',
      ]);
      expect(/[\n\u202e]/.test(found.join('')) || found.join('').includes('\u001b')).toBe(false);
    });

    it('strips a BOM', () => {
      const text = JSON.stringify({ version: 1, weights: { throughput: 3 } });
      const link = `1.${Buffer.from(`\uFEFF{"profile":${text},"method":"weighted","compared":[]}`).toString('base64url')}`;
      const found = surface === 'link' ? problemsOf(decodeShare(link, kb)) : problems(`\uFEFF${text}`);
      expect(found).toEqual([]);
    });
  });

  it('words the size and depth problems alike, naming the whole text', () => {
    const deep = `{"version":1,"weights":{"throughput":${nested(4500)}}}`;
    expect(problemsOf(parseProfileJson(deep, kb))).toMatchInlineSnapshot(`
      [
        "(root): nested too deeply (value: depth 4502, limit 64)",
      ]
    `);
    expect(problemsOf(decodeShare(linkOf(deep), kb))).toMatchInlineSnapshot(`
      [
        "(link): nested too deeply (value: depth 4503, limit 64)",
      ]
    `);
  });
});

describe('numbers beyond a double, shown as written', () => {
  it.each<[string, string, string[]]>([
    ['at the top', '1e400', ['text: number too large to represent (value: 1e400)']],
    [
      'in an array',
      '[1, -1e999, 2E+400]',
      [
        '[1]: number too large to represent (value: -1e999)',
        '[2]: number too large to represent (value: 2E+400)',
      ],
    ],
    [
      'under an escaped key',
      '{"a":[1,{"b\\"c":1e400}]}',
      ['a[1].b"c: number too large to represent (value: 1e400)'],
    ],
    ['under the empty key', '{"":{"x":9e9999}}', ['"".x: number too large to represent (value: 9e9999)']],
    [
      'behind a string with brackets and commas',
      '{"s":"[,{\\"","n":1e400}',
      ['n: number too large to represent (value: 1e400)'],
    ],
    [
      'the last of a repeated key',
      '{"a":1e400,"a":2e400}',
      ['a: number too large to represent (value: 2e400)'],
    ],
  ])('%s', (_name, text, problems) => {
    expect(parseBoundedJson(text, 'text')).toEqual({ ok: false, problems });
  });

  it('accepts a repeated key whose last value is finite, as JSON.parse reads it', () => {
    expect(parseBoundedJson('{"a":1e400,"a":1}', 'text')).toEqual({ ok: true, value: { a: 1 } });
  });
});

describe('values in messages', () => {
  it.each<[string, unknown, string]>([
    ['a value nested 100,000 deep, without recursing', deepValue(100_000), '[[[…]]]'],
    ['Infinity as such, never as null', Infinity, 'Infinity'],
    ['a long string, cut', 'x'.repeat(1000), `"${'x'.repeat(56)}...`],
    ['a string with control and bidi characters, escaped', 'a\u001b[2K\u202eb\n', '"a\\u001b[2K\\u202eb\\n"'],
    [
      'an object with many keys, its first ones',
      { a: 1, b: 2, c: 3, d: 4, e: 5 },
      '{"a":1,"b":2,"c":3,"d":4,…}',
    ],
    ['a missing value', undefined, 'missing'],
  ])('shows %s', (_name, value, shown) => {
    expect(showValue(value)).toBe(shown);
  });

  it('reports a value too deep to stringify instead of crashing', () => {
    expect(parseProfile({ version: 1, extra: deepValue(10_000) }, kb)).toEqual({
      ok: false,
      problems: ['extra: unknown key (value: [[[…]]])'],
    });
  });

  it('refuses __proto__ in a profile built from JSON without the text parser', () => {
    const input: unknown = JSON.parse('{"version":1,"weights":{"throughput":2,"__proto__":{"x":1}}}');
    expect(parseProfile(input, kb)).toEqual({
      ok: false,
      problems: ['weights.__proto__: key not allowed (value: "__proto__")'],
    });
  });
});

describe('bounded work on every surface', () => {
  const unknownWeights = (count: number): string => {
    const parts: string[] = [];
    for (let i = 0; i < count; i += 1) parts.push(`"k${i}":1`);
    return `{"version":1,"weights":{${parts.join(',')}}}`;
  };
  const huge = unknownWeights(700_000);

  it.each(surfaces)('%s: refuses 700,000 unknown keys at once, with one line', (_surface, problems) => {
    const start = performance.now();
    const found = problems(huge);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/too (large|long) \(value: \d+ characters, limit \d+\)$/);
  });

  it.each(surfaces)('%s: lists 5,000 unknown keys as the first 20 and a count', (_surface, problems) => {
    const start = performance.now();
    const found = problems(unknownWeights(5000));
    expect(performance.now() - start).toBeLessThan(2000);
    expect(found).toHaveLength(21);
    expect(found[0]).toBe('weights.k0: unknown criterion id (value: 1)');
    expect(found[20]).toBe('… and 4,980 more problems (5,000 in all; the first 20 are listed)');
  });

  it('refuses a share token over its cap before decoding it', () => {
    expect(decodeShare(`1.${'A'.repeat(MAX_SHARE_TOKEN)}`, kb)).toEqual({
      ok: false,
      problems: [`(link): too long (value: ${MAX_SHARE_TOKEN + 2} characters, limit ${MAX_SHARE_TOKEN})`],
    });
  });

  it('deduplicates in linear time and keeps the first occurrence order', () => {
    const many = Array.from({ length: 400_000 }, (_, i) => `p${i % 200_000}`);
    const start = performance.now();
    const summary = summarizeProblems(many);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(summary.slice(0, 2)).toEqual(['p0', 'p1']);
    expect(summary.at(-1)).toBe('… and 199,980 more problems (200,000 in all; the first 20 are listed)');
    expect(summarizeProblems(['a', 'b', 'a'])).toEqual(['a', 'b']);
  });

  it('still round-trips a real profile through the link and the import', () => {
    const profile = profileSchema.parse({
      version: 1,
      environment: { orchestrator: 'kubernetes', hosts: 40 },
      weights: { throughput: 5, logCollection: 3 },
      mustHave: ['crossHost'],
      choices: { networking: 'calico-ipip' },
    });
    const back = decodeShare(encodeShare({ profile, method: 'topsis', compared: [] }), kb);
    expect(back.ok && back.decision.profile).toEqual(profile);
    expect(parseImport(JSON.stringify(profile), kb)).toEqual({ ok: true, profile });
  });
});
