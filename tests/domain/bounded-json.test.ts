import { describe, expect, it } from 'vitest';
import { jsonDepth, parseBoundedJson, printable, showKey } from '../../src/domain/profile';

const limits = { chars: 200, depth: 4, keys: 5 };

describe('parseBoundedJson', () => {
  it.each<[string, string, string]>([
    ['too large', `{"a":"${'x'.repeat(300)}"}`, 'file: too large (value: 308 characters, limit 200)'],
    ['too deep', '[[[[[1]]]]]', 'file: nested too deeply (value: depth 5, limit 4)'],
    ['too many keys', '{"a":1,"b":2,"c":3,"d":{"e":1,"f":2}}', 'file: too many keys (value: more than 5)'],
    [
      '__proto__',
      '{"weights":{"__proto__":{"x":1}}}',
      'weights.__proto__: key not allowed (value: "__proto__")',
    ],
    ['constructor', '{"constructor":1}', 'constructor: key not allowed (value: "constructor")'],
    ['truncated', '{"a":', 'file: not valid JSON'],
  ])('%s is refused with where and what', (_name, text, problem) => {
    const result = parseBoundedJson(text, 'file', limits);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toContain(problem);
  });

  it('strips a leading BOM and parses what is within the limits', () => {
    expect(parseBoundedJson('\uFEFF{"a":[1,{"b":2}]}', 'file', limits)).toEqual({
      ok: true,
      value: { a: [1, { b: 2 }] },
    });
  });

  it('checks depth without recursion, so 100,000 levels cannot overflow the stack', () => {
    const text = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(jsonDepth(text)).toBe(100_000);
    const result = parseBoundedJson(text, 'file', { chars: 1_000_000, depth: 64, keys: 10 });
    expect(result.ok).toBe(false);
  });

  it('does not count brackets inside strings', () => {
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]"}')).toBe(1);
  });

  it('shows control and bidi characters in keys as escapes', () => {
    const result = parseBoundedJson(
      '{"x\\nadvisor: profile OK\\u001b[2K\\u202e":{"__proto__":1}}',
      'f',
      limits,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]).toBe(
        'x\\u000aadvisor: profile OK\\u001b[2K\\u202e.__proto__: key not allowed (value: "__proto__")',
      );
      // eslint-disable-next-line no-control-regex -- the point is that none of these survive
      expect(result.problems[0]).not.toMatch(/[\n\u001b\u202e]/);
    }
    expect(printable('a\u2028b')).toBe('a\\u2028b');
  });
});

describe('showKey', () => {
  it.each<[string, string]>([
    ['throughput', 'throughput'],
    ['', '""'],
    [' padded', '" padded"'],
    ['tab\t', '"tab\\u0009"'],
    ['say "hi" ', '"say \\"hi\\" "'],
  ])('%j is shown as %s', (key, shown) => expect(showKey(key)).toBe(shown));
});
