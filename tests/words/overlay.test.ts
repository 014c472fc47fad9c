import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyOverlay, cellFacts, overlaidFact } from '../../src/domain/overlay';
import { readDataDir } from '../../src/node/read-data-dir';
import { describeOverlayFacts } from '../../src/words';

const base = readDataDir(join(process.cwd(), 'data'));
const source = { source: 'lab-runs', section: 'run 1' };
const text = JSON.stringify({
  overlay: 1,
  name: 'lab',
  owner: 'Lab team',
  sources: [
    {
      id: 'lab-runs',
      kind: 'team',
      title: 'Lab runs',
      year: 2026,
      language: 'en',
      note: '25GbE, offload on',
    },
  ],
  values: [
    {
      option: 'antrea',
      criterion: 'simplicity',
      override: true,
      value: { level: 1, note: { en: 'hard for us' }, source },
    },
  ],
  statuses: [
    {
      option: 'weave-fastdp',
      override: true,
      status: { state: 'archived', note: { en: 'we dropped it' }, source },
    },
  ],
  benchmarks: [
    {
      id: 'lab-iperf',
      title: { en: 'iperf3 runs', zh: 'iperf3 测试' },
      source,
      date: '2026-10',
      conditions: { platform: { en: 'two hosts' }, nicGbps: 25, udpOffload: true },
      series: [
        {
          id: 'tcp',
          metric: { en: 'TCP' },
          unit: 'Gbit/s',
          higherIsBetter: true,
          criterion: 'throughput',
          baseline: { label: 'host', value: 24 },
          results: [{ label: 'Antrea', option: 'antrea', value: 20 }],
        },
      ],
    },
  ],
});
const result = applyOverlay(base, text, 'lab.json');
if (!result.ok) throw new Error(result.problems.join('\n'));
const kb = result.knowledge;

describe('overlaid facts in words', () => {
  it('names the overlay and what it set, in each language', () => {
    const value = cellFacts(kb, 'antrea', 'simplicity');
    expect(describeOverlayFacts(kb, value, 'en')).toBe('from overlay “lab” (value replaced)');
    expect(describeOverlayFacts(kb, value, 'zh')).toBe('来自叠加数据“lab”（取值已替换）');
    expect(describeOverlayFacts(kb, value, 'ru')).toBe('из наложения «lab» (значение заменено)');
  });

  it('says a measurement by its date, title and conditions, the title in the reader’s language', () => {
    const fact = overlaidFact(kb.overlay, 'benchmark', 'lab-iperf');
    expect(fact).toBeDefined();
    expect(describeOverlayFacts(kb, fact ? [fact] : [], 'en')).toBe(
      'from overlay “lab” (2026-10 iperf3 runs, 25 GbE, offload on)',
    );
    expect(describeOverlayFacts(kb, fact ? [fact] : [], 'zh')).toBe(
      '来自叠加数据“lab”（2026-10 iperf3 测试，25 GbE，卸载开启）',
    );
  });

  it('says a replaced status, and nothing for a fact the overlay did not touch', () => {
    const status = overlaidFact(kb.overlay, 'status', 'weave-fastdp');
    expect(describeOverlayFacts(kb, status ? [status] : [], 'en')).toBe(
      'from overlay “lab” (status replaced)',
    );
    expect(cellFacts(kb, 'calico-bgp', 'simplicity')).toEqual([]);
    expect(describeOverlayFacts(kb, [], 'en')).toBe('');
  });
});
