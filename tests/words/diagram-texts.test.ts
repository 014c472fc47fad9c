import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  caseStudySpec,
  diagramAsText,
  diagramToSvg,
  layoutDiagram,
  palettes,
  stackSpec,
} from '../../src/domain/diagram';
import { languages, type CategoryId, type OptionId } from '../../src/domain/schemas';
import { buildDiagram, diagramTexts } from '../../src/words/diagram-texts';
import { overlaps } from '../support/layout-overlaps';

const kb = readKnowledge();
const full = stackSpec(
  'Ours',
  Object.entries({
    networking: ['calico-bgp'],
    orchestration: ['kubernetes'],
    'service-discovery': ['consul'],
    registry: ['harbor'],
    logging: ['efk'],
    monitoring: ['cadvisor-prometheus-grafana'],
    storage: ['ceph'],
  }).map(([category, ids]) => ({ category: category as CategoryId, ids: ids as OptionId[] })),
  120,
);

/** Every string of a nested texts object, with its path. */
const leaves = (value: unknown, path = ''): [string, string][] =>
  typeof value === 'string'
    ? [[path, value]]
    : Object.entries(value as object).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));

describe('diagram texts', () => {
  it('has the same words, none empty, in every language; the host count keeps its number', () => {
    const en = leaves(diagramTexts.en).map(([path]) => path);
    for (const language of languages) {
      const all = leaves(diagramTexts[language]);
      expect(all.map(([path]) => path)).toEqual(en);
      for (const [path, text] of all) expect(text.trim(), `${language} ${path}`).not.toBe('');
      expect(diagramTexts[language].hostCount).toContain('{n}');
    }
  });
});

describe('the diagram in words', () => {
  it('names the hosts, the paths and what is not chosen in English', () => {
    const d = buildDiagram(kb, full, 'en');
    expect(d.hosts.text).toBe('120 hosts');
    expect(d.flows.find((f) => f.kind === 'image')?.steps.at(-1)?.text).toBe('Hosts');
    const open = buildDiagram(
      kb,
      stackSpec('x', [{ category: 'networking', ids: ['flannel-vxlan' as OptionId] }], undefined),
      'en',
    );
    expect(open.orchestrator.text).toBe('not chosen');
  });

  it('reads as a list: every layer and path once', () => {
    const lines = diagramAsText(buildDiagram(kb, full, 'en'), 'differs');
    expect(lines.filter((l) => l.startsWith('Pod network: '))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('Image path: ') && l.includes(' → Hosts'))).toBe(true);
  });

  it.each(languages)(
    '%s: lays out without overlap, inside the width, its description in the SVG',
    (language) => {
      const d = buildDiagram(kb, full, language);
      const layout = layoutDiagram(d);
      expect(overlaps(layout)).toEqual([]);
      for (const b of layout.boxes) expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(d.network.heading).toBe(diagramTexts[language].network);
      expect(diagramToSvg(d, layout, palettes.light)).toContain(
        `<desc id="diagram-desc">${diagramTexts[language].description}</desc>`,
      );
    },
  );

  it.each(languages)('%s: every case study lays out without overlap', (language) => {
    for (const study of kb.caseStudies)
      expect(
        overlaps(layoutDiagram(buildDiagram(kb, caseStudySpec(study, language), language))),
        study.id,
      ).toEqual([]);
  });
});
