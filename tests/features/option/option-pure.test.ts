import { describe, expect, it } from 'vitest';
import {
  benchmarkResultsFor,
  caseStudiesUsing,
  englishOrdinal,
  orchestratorsAccepting,
} from '../../../src/features/option/option-facts';
import { kb } from '../../ui/render-app';

describe('englishOrdinal', () => {
  it.each<[number, string]>([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
  ])('%i → %s', (n, text) => {
    expect(englishOrdinal(n)).toBe(text);
  });
});

describe('option facts from the knowledge base', () => {
  it('finds the case studies whose stack names the option, and only those', () => {
    for (const o of kb.options) {
      const found = caseStudiesUsing(kb.caseStudies, o.id);
      for (const c of found) expect(JSON.stringify(c.stack)).toContain(`"${o.id}"`);
      const others = kb.caseStudies.filter((c) => !found.includes(c));
      for (const c of others) expect(c.stack.flatMap((l) => l.options)).not.toContain(o.id);
    }
    expect(caseStudiesUsing(kb.caseStudies, 'no-such-option')).toEqual([]);
  });

  it('collects every benchmark result measured on flannel-vxlan', () => {
    const rows = benchmarkResultsFor(kb.benchmarks, 'flannel-vxlan');
    const expected = kb.benchmarks.reduce(
      (n, b) =>
        n + b.series.reduce((m, s) => m + s.results.filter((r) => r.option === 'flannel-vxlan').length, 0),
      0,
    );
    expect(expected).toBeGreaterThan(0);
    expect(rows).toHaveLength(expected);
    for (const row of rows) {
      expect(row.benchmark.series).toContain(row.series);
      expect(row.series.results).toContain(row.result);
    }
    expect(benchmarkResultsFor(kb.benchmarks, 'no-such-option')).toEqual([]);
  });

  it('says which orchestrators accept a plugin model', () => {
    const cni = orchestratorsAccepting(kb.environment, 'cni').map((o) => o.id);
    expect(cni).toContain('kubernetes');
    expect(orchestratorsAccepting(kb.environment, 'cnm').map((o) => o.id)).not.toContain('kubernetes');
  });
});
