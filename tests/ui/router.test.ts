import { describe, expect, it } from 'vitest';
import { buildHash, parseHash } from '../../src/routing';

const route = (hash: string) => {
  const { path, query, damaged } = parseHash(hash);
  return { path, query: [...query], damaged };
};

describe('parseHash', () => {
  it.each<[string, string[], [string, string][]]>([
    ['', [], []],
    ['#', [], []],
    ['#/', [], []],
    ['#/results/networking', ['results', 'networking'], []],
    ['#/options/calico%20bgp', ['options', 'calico bgp'], []],
    ['#/cases/%E4%BA%AC%E4%B8%9C', ['cases', '京东'], []],
    ['#//results//logging/', ['results', 'logging'], []],
    [
      '#/benchmarks?option=cilium&kind=cpu',
      ['benchmarks'],
      [
        ['option', 'cilium'],
        ['kind', 'cpu'],
      ],
    ],
    ['#/cases?q=a?b', ['cases'], [['q', 'a?b']]],
    ['#/options/a%2Fb', ['options', 'a/b'], []],
  ])('reads %j', (hash, path, query) => {
    expect(route(hash)).toEqual({ path, query, damaged: false });
  });

  it.each<[string, string[]]>([
    ['#/options/%E0%A4%A', ['options', '%E0%A4%A']],
    ['#/%zz', ['%zz']],
    ['#/results/networking%', ['results', 'networking%']],
    ['#/cases/%', ['cases', '%']],
    ['#/%C0%AF', ['%C0%AF']],
    ['#/%ED%A0%80', ['%ED%A0%80']],
    ['#/%F4%90%80%80', ['%F4%90%80%80']],
    ['#/%FF', ['%FF']],
    ['#/results/%ZZ?s=%', ['results', '%ZZ']],
  ])('marks %j damaged without throwing, keeping the bad segment as written', (hash, path) => {
    expect(() => parseHash(hash)).not.toThrow();
    expect(parseHash(hash)).toMatchObject({ path, damaged: true });
  });

  it('leaves a bad escape in the query as written instead of throwing', () => {
    expect(route('#/results/networking?s=%&x=%E0%A4%A&%zz=1')).toEqual({
      path: ['results', 'networking'],
      query: [
        ['s', '%'],
        ['x', '\uFFFD%A'],
        ['%zz', '1'],
      ],
      damaged: false,
    });
  });

  it('gives a route for every string: all byte escapes, control characters, huge segments', () => {
    const hashes = [
      ...Array.from({ length: 256 }, (_, b) => `#/options/%${b.toString(16).padStart(2, '0')}`),
      ...Array.from(
        { length: 32 },
        (_, c) => `#/options/${String.fromCharCode(c)}?${String.fromCharCode(c)}`,
      ),
      `#/options/${'x'.repeat(200_000)}`,
      `#/${'%'.repeat(10_000)}`,
      `#/${'/'.repeat(10_000)}`,
      '#/\uD800',
    ];
    for (const hash of hashes) expect(() => parseHash(hash)).not.toThrow();
  });

  it.each<[string[], Record<string, string>]>([
    [['options', 'a b%/c'], {}],
    [['cases', '京东', '%zz'], { q: '% & = ?' }],
    [[], { s: '1.abc' }],
  ])('reads back what buildHash writes: %j', (path, query) => {
    expect(route(buildHash(path, query))).toEqual({ path, query: Object.entries(query), damaged: false });
  });
});
