import fc from 'fast-check';
import { encodeShare } from '../../src/domain/profile';
import type { Knowledge } from '../../src/domain/knowledge';
import type { Profile } from '../../src/domain/schemas';
import { methods } from '../../src/domain/scoring';

/** Keys an attacker would try: prototype keys, empty, control and bidi characters, forged lines. */
export const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  '',
  'x\nadvisor: profile OK\u001b[2K',
  '\u202eevil',
  'toString',
  'hasOwnProperty',
  'a'.repeat(300),
);

/** Numbers JSON can carry that a checker may mishandle. */
export const oddNumberText = fc.constantFrom(
  '1e400',
  '-1e400',
  '1e-400',
  '-0',
  '5.0000000000000001',
  '6',
  '-1',
  '0.5',
);

/** JSON nested `depth` levels deep, as text (never built as a value, so generating it cannot overflow). */
export const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 6000 }), fc.constantFrom('[', '{"a":'))
  .map(([depth, open]) => open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth));

/** A valid profile of the knowledge base, with random answers, weights and must-haves. */
export function validProfile(kb: Knowledge): fc.Arbitrary<Profile> {
  const criteria = kb.criteria.map((c) => c.id);
  return fc.record({
    version: fc.constant(1 as const),
    environment: fc.record(
      {
        orchestrator: fc.constantFrom('kubernetes', 'mesos', 'swarm', 'nomad', 'none' as const),
        cloud: fc.constantFrom('public', 'private', 'hybrid', 'bare-metal' as const),
        bgp: fc.boolean(),
        l2: fc.boolean(),
        udpOffload: fc.boolean(),
        sriov: fc.boolean(),
        kernel: fc.constantFrom('3.10', '4.19', '5.4', '6.1'),
        hosts: fc.integer({ min: 1, max: 100_000 }),
      },
      { requiredKeys: [] },
    ),
    weights: fc.dictionary(fc.constantFrom(...criteria), fc.integer({ min: 0, max: 5 }), { maxKeys: 8 }),
    mustHave: fc.uniqueArray(fc.constantFrom(...criteria), { maxLength: 3 }),
  }) as fc.Arbitrary<Profile>;
}

/** Text a user could feed any profile surface: valid, damaged, hostile, huge or deep. */
export function profileText(kb: Knowledge): fc.Arbitrary<string> {
  const valid = validProfile(kb).map((p) => JSON.stringify(p));
  return fc.oneof(
    valid,
    valid.map((t) => `\uFEFF${t}`),
    fc.tuple(valid, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    fc
      .tuple(valid, hostileKey)
      .map(([t, k]) => t.replace('"weights":{', `"weights":{${JSON.stringify(k)}:1,`)),
    fc.tuple(valid, oddNumberText).map(([t, n]) => t.replace('"weights":{', `"weights":{"throughput":${n},`)),
    fc.tuple(valid, hostileKey).map(([t, k]) => t.replace('{', `{${JSON.stringify(k)}:{},`)),
    deepJson,
    fc
      .integer({ min: 1, max: 50_000 })
      .map(
        (n) =>
          `{"version":1,"environment":{},"mustHave":[],"weights":{${Array.from({ length: n }, (_, i) => `"k${i}":1`).join(',')}}}`,
      ),
    fc.constantFrom('', '{}', '[]', 'null', '"profile"', '1', '{"state":{}}', '\uFEFF', '{"version":1}'),
    fc.string({ maxLength: 200 }),
    fc.json({ maxDepth: 6 }),
  );
}

/** Share tokens: valid, truncated, tampered, wrong version, random, and valid-looking with hostile JSON. */
export function shareToken(kb: Knowledge): fc.Arbitrary<string> {
  const valid = fc
    .tuple(validProfile(kb), fc.constantFrom(...methods))
    .map(([profile, method]) => encodeShare({ profile, method, compared: [] }));
  const wrap = (text: string) => {
    const bytes = new TextEncoder().encode(text);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return `1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
  };
  return fc.oneof(
    valid,
    fc.tuple(valid, fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    fc.tuple(valid, fc.nat(), fc.string({ minLength: 1, maxLength: 1 })).map(([t, n, c]) => {
      const i = n % t.length;
      return t.slice(0, i) + c + t.slice(i + 1);
    }),
    valid.map((t) => `9${t.slice(1)}`),
    fc.string({ maxLength: 300 }),
    profileText(kb).map((text) => wrap(`{"profile":${text},"method":"weighted","compared":[]}`)),
    deepJson.map(wrap),
  );
}

/** Hash routes: real ones, malformed escapes, junk queries, control characters, huge ids. */
export const hashRoute = fc.oneof(
  fc.constantFrom(
    '#/',
    '#/stack',
    '#/results/networking',
    '#/compare',
    '#/benchmarks',
    '#/cases',
    '#/cases/meizu',
    '#/options/flannel-vxlan',
    '#/decision',
    '#/profiles',
    '#/about',
    '#/options/%E0%A4%A',
    '#/%zz',
    '#/results/networking%',
    '#/results/%ZZ?s=%',
    '#/cases/%',
  ),
  fc
    .tuple(fc.constantFrom('#/', '#/results/', '#/options/', '#/cases/', '#/'), fc.string({ maxLength: 40 }))
    .map(([prefix, rest]) => prefix + rest),
  fc
    .tuple(fc.constantFrom('#/results/networking?', '#/compare?', '#/?'), fc.string({ maxLength: 60 }))
    .map(([prefix, rest]) => prefix + rest),
  fc.integer({ min: 1, max: 5000 }).map((n) => `#/options/${'%41'.repeat(n)}`),
);
