import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/domain/profile';
import { makeCriterion, makeKnowledge, makeOption } from './builders';

const kb = makeKnowledge(
  [makeCriterion('throughput'), makeCriterion('crossHost')],
  [makeOption('a', { throughput: 1, crossHost: 1 })],
);
const problems = (input: unknown) => {
  const result = parseProfile(input, kb);
  return result.ok ? [] : result.problems;
};

describe('parseProfile', () => {
  it('accepts the contract example shape and fills absent parts as empty', () => {
    const result = parseProfile(
      { version: 1, environment: { bgp: false, kernel: '4.19' }, weights: { throughput: 5 } },
      kb,
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        version: 1,
        environment: { bgp: false, kernel: '4.19' },
        weights: { throughput: 5 },
        mustHave: [],
      },
    });
  });

  it.each<[string, unknown, string[]]>([
    [
      'weight out of range',
      { version: 1, weights: { throughput: 7 } },
      ['weights.throughput: Too big: expected number to be <=5 (value: 7)'],
    ],
    [
      'fractional weight',
      { version: 1, weights: { throughput: 2.5 } },
      ['weights.throughput: Invalid input: expected int, received number (value: 2.5)'],
    ],
    [
      'unknown criterion',
      { version: 1, weights: { speed: 3 } },
      ['weights.speed: unknown criterion id (value: 3)'],
    ],
    [
      'unknown must-have',
      { version: 1, mustHave: ['crossHost', 'magic'] },
      ['mustHave[1]: unknown criterion id (value: "magic")'],
    ],
    ['unknown top-level key', { version: 1, extra: true }, ['extra: unknown key (value: true)']],
    [
      'unknown environment key',
      { version: 1, environment: { gpu: true } },
      ['environment.gpu: unknown key (value: true)'],
    ],
    [
      'bad orchestrator',
      { version: 1, environment: { orchestrator: 'k8s' } },
      [
        'environment.orchestrator: Invalid option: expected one of "kubernetes"|"mesos"|"swarm"|"nomad"|"none" (value: "k8s")',
      ],
    ],
    [
      'bad kernel',
      { version: 1, environment: { kernel: '4' } },
      ['environment.kernel: kernel is "major.minor", e.g. "4.19" (value: "4")'],
    ],
    ['wrong version', { version: 2 }, ['version: Invalid input: expected 1 (value: 2)']],
    ['not an object', [], ['(root): Invalid input: expected object, received array (value: [])']],
  ])('%s', (_name, input, expected) => {
    expect(problems(input)).toEqual(expected);
  });
});
