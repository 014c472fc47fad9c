import { describe, expect, it } from 'vitest';
import type { CriterionId, Profile } from '../../../src/domain/schemas';
import { buildMatrix, orderCriteria } from '../../../src/features/compare/build-matrix';
import { criterion, offloadDependent, option } from './fixtures';

const criteria = ['crossHost', 'throughput', 'latency', 'simplicity'].map((id) => criterion(id));
const w = (entries: Record<string, number>): Profile['weights'] =>
  Object.fromEntries(Object.entries(entries).map(([k, v]) => [k as CriterionId, v]));

describe('orderCriteria', () => {
  it.each<[string, Record<string, number>, string[]]>([
    ['no weights: knowledge order', {}, ['crossHost', 'throughput', 'latency', 'simplicity']],
    [
      'weighted first, heaviest first',
      { latency: 2, simplicity: 5 },
      ['simplicity', 'latency', 'crossHost', 'throughput'],
    ],
    [
      'equal weights keep knowledge order',
      { simplicity: 3, throughput: 3 },
      ['throughput', 'simplicity', 'crossHost', 'latency'],
    ],
  ])('%s', (_, weights, expected) => {
    expect(orderCriteria(criteria, w(weights)).map((c) => c.id)).toEqual(expected);
  });
});

describe('buildMatrix', () => {
  const a = option('a', { crossHost: 4, throughput: offloadDependent, latency: 3, simplicity: 1 });
  const b = option('b', { crossHost: 4, throughput: 3, latency: 3, simplicity: 4 });
  const c = option('c', { crossHost: 4, throughput: 1, latency: 2, simplicity: 4 });
  const rows = (environment = {}) => buildMatrix([a, b, c], criteria, {}, environment);
  const best = (environment: object, id: string) =>
    rows(environment)
      .find((r) => r.criterion.id === id)
      ?.cells.filter((cell) => cell.best)
      .map((cell) => cell.optionId);

  it('marks no best and no difference where all options are equal', () => {
    const row = rows().find((r) => r.criterion.id === 'crossHost');
    expect(row?.differs).toBe(false);
    expect(row?.cells.some((cell) => cell.best)).toBe(false);
  });

  it.each<[string, object, string, string[]]>([
    ['a single best', {}, 'throughput', ['b']],
    ['ties are all marked', {}, 'latency', ['a', 'b']],
    ['ties after resolving the environment', { udpOffload: true }, 'throughput', ['a', 'b']],
    ['two of three best', {}, 'simplicity', ['b', 'c']],
  ])('%s', (_, environment, id, expected) => {
    expect(best(environment, id)).toEqual(expected);
  });

  it('keeps which condition applied', () => {
    const cell = rows({ udpOffload: true })
      .find((r) => r.criterion.id === 'throughput')
      ?.cells.find((x) => x.optionId === 'a');
    expect(cell?.resolved?.conditionIndex).toBe(0);
    expect(cell?.resolved?.level).toBe(3);
  });
});
