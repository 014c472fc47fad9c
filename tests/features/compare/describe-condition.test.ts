import { describe, expect, it } from 'vitest';
import type { EnvMatch } from '../../../src/domain/schemas';
import {
  describeAnyOf,
  describeMatch,
  type ConditionWords,
} from '../../../src/features/compare/describe-condition';
import { kb } from '../../ui/render-app';

const words: ConditionWords = {
  yes: 'yes',
  no: 'no',
  or: ' or ',
  and: ' and ',
  clouds: { public: 'public cloud', private: 'private DC', hybrid: 'hybrid', 'bare-metal': 'bare metal' },
};
const label = (key: string) =>
  kb.environment.questions.find((q) => q.key === key)?.label.en ?? `no label for ${key}`;
const orchestrator = (id: string) => kb.environment.orchestrators.find((o) => o.id === id)?.name ?? id;

describe('describeMatch', () => {
  it.each<[string, EnvMatch, string]>([
    ['a flag', { udpOffload: true }, `${label('udpOffload')}: yes`],
    ['a negated flag', { l2: false }, `${label('l2')}: no`],
    ['a kernel floor', { kernelAtLeast: '3.16' }, `${label('kernel')} ≥ 3.16`],
    ['clouds', { cloud: ['private', 'bare-metal'] }, `${label('cloud')}: private DC or bare metal`],
    [
      'orchestrators by name, then flags',
      { bgp: true, orchestrator: ['kubernetes', 'mesos'] },
      `${label('orchestrator')}: ${orchestrator('kubernetes')} or ${orchestrator('mesos')} and ${label('bgp')}: yes`,
    ],
  ])('%s', (_, match, expected) => {
    expect(describeMatch(match, kb.environment, 'en', words)).toBe(expected);
  });

  it('joins alternatives with "or"', () => {
    expect(describeAnyOf([{ bgp: true }, { l2: true }], kb.environment, 'en', words)).toBe(
      `${label('bgp')}: yes or ${label('l2')}: yes`,
    );
  });
});
