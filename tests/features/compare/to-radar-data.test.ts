import { describe, expect, it } from 'vitest';
import type { CriterionId, Environment, Profile } from '../../../src/domain/schemas';
import {
  pickRadarCriteria,
  RADAR_MAX_AXES,
  shortName,
  toRadarData,
} from '../../../src/features/compare/to-radar-data';
import { criterion, offloadDependent, option } from './fixtures';

const a = option('alpha', { throughput: offloadDependent, latency: 4 });
const b = option('beta', { throughput: 1, latency: 0 });
const criteria = [criterion('throughput', 'Throughput'), criterion('latency', 'Latency')];
const byName = (c: { name: { en: string } }) => c.name.en;

describe('toRadarData', () => {
  it('makes one row per criterion, in order, with one level per option', () => {
    expect(toRadarData([a, b], criteria, {}, byName)).toEqual([
      { criterion: 'throughput', name: 'Throughput', alpha: 2, beta: 1 },
      { criterion: 'latency', name: 'Latency', alpha: 4, beta: 0 },
    ]);
  });

  it.each<[string, Environment, number]>([
    ['unknown offload: base value', {}, 2],
    ['no offload: base value', { udpOffload: false }, 2],
    ['offload: conditional value', { udpOffload: true }, 3],
  ])('resolves environment-dependent values (%s)', (_, environment, expected) => {
    const [throughput] = toRadarData([a], criteria, environment, byName);
    expect(throughput?.alpha).toBe(expected);
  });

  it('draws a missing value at the centre', () => {
    const partial = option('gamma', { throughput: 3 });
    expect(toRadarData([partial], criteria, {}, byName).map((r) => r.gamma)).toEqual([3, 0]);
  });

  it('keeps the full name: the chart shortens it for the axis and shows it whole in the tooltip', () => {
    const [row] = toRadarData([a], [criterion('networkPolicy', 'Network policy / ACL')], {}, byName);
    expect(row?.name).toBe('Network policy / ACL');
  });
});

describe('shortName', () => {
  it.each<[string, string]>([
    ['DNS', 'DNS'],
    ['Network policy / ACL', 'Network policy'],
    ['CNI (Container Network Interface)', 'CNI'],
    ['Container log collection', 'Container log collection'],
    ['Container log collection and shipping', 'Container log…'],
    ['主机（物理机）', '主机'],
    ['Изоляция арендаторов сети', 'Изоляция арендаторов…'],
    ['容器日志采集与转发到集中存储的能力', '容器日志采集与转发到集中存储的能力'],
    [
      '容器日志采集、转发到集中存储、检索分析与告警的完整能力',
      '容器日志采集、转发到集中存储、检索分析与告警的…',
    ],
  ])('%s → %s', (name, expected) => {
    expect(shortName(name)).toBe(expected);
  });
});

describe('pickRadarCriteria', () => {
  const many = Array.from({ length: RADAR_MAX_AXES + 2 }, (_, i) => criterion(`c${i}`));
  const weights = (ids: string[]): Profile['weights'] =>
    Object.fromEntries(ids.map((id) => [id as CriterionId, 3]));

  it.each<[string, number, string[], string[] | 'all']>([
    ['few criteria: all, whatever the weights', 4, ['c0'], 'all'],
    ['many criteria, three weighted: the weighted ones', many.length, ['c1', 'c5', 'c7'], ['c1', 'c5', 'c7']],
    ['many criteria, two weighted: all (a radar needs three axes)', many.length, ['c1', 'c5'], 'all'],
    ['many criteria, none weighted: all', many.length, [], 'all'],
  ])('%s', (_, count, weighted, expected) => {
    const pool = many.slice(0, count);
    const picked = pickRadarCriteria(pool, weights(weighted)).map((c) => c.id);
    expect(picked).toEqual(expected === 'all' ? pool.map((c) => c.id) : expected);
  });
});
