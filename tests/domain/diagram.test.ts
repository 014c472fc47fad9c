import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  assembleDiagram,
  caseStudySpec,
  diagramAsText,
  diagramToSvg,
  layoutDiagram,
  markDifferences,
  palettes,
  stackSpec,
  wrap,
  type DiagramSpec,
  type DiagramWords,
} from '../../src/domain/diagram';
import type { CategoryId, Language, OptionId } from '../../src/domain/schemas';
import { overlaps } from '../support/layout-overlaps';

const kb = readKnowledge();
/** Words that name their own slot: the structure reads the same in no language at all. */
const words: DiagramWords = {
  intranet: 'intranet',
  network: 'network',
  orchestrator: 'orchestrator',
  discovery: 'discovery',
  hosts: 'hosts',
  hostCount: 'hostCount={n}',
  operations: 'operations',
  inHouse: 'inHouse',
  notChosen: 'notChosen',
  boundary: {
    routed: 'boundary.routed',
    nat: 'boundary.nat',
    l2: 'boundary.l2',
    unknown: 'boundary.unknown',
  },
  flows: {
    traffic: 'flows.traffic',
    image: 'flows.image',
    log: 'flows.log',
    metrics: 'flows.metrics',
    storage: 'flows.storage',
    discovery: 'flows.discovery',
  },
  containers: 'containers',
  services: 'services',
  description: 'description',
};
const buildDiagram = (s: DiagramSpec, language: Language = 'en') => assembleDiagram(kb, s, language, words);
const ids = (...list: string[]) => list as OptionId[];
const spec = (layers: Partial<Record<CategoryId, string[]>>, title = 'Ours', hosts?: number) =>
  stackSpec(
    title,
    Object.entries(layers).map(([category, list]) => ({
      category: category as CategoryId,
      ids: ids(...list),
    })),
    hosts,
  );
const study = (id: string) => {
  const found = kb.caseStudies.find((s) => s.id === id);
  if (!found) throw new Error(`case study ${id} is missing`);
  return found;
};

describe('architecture diagram of a stack', () => {
  const full = spec(
    {
      networking: ['calico-bgp'],
      orchestration: ['kubernetes'],
      'service-discovery': ['consul'],
      registry: ['harbor'],
      logging: ['efk'],
      monitoring: ['cadvisor-prometheus-grafana'],
      storage: ['ceph'],
    },
    'Ours',
    120,
  );
  const known = Object.values(full.layers)
    .flat()
    .filter((id) => !kb.optionById.has(id));

  it('uses options that exist in the knowledge base', () => expect(known).toEqual([]));

  it('names each layer by its option and the boundary by the network option', () => {
    const d = buildDiagram(full);
    expect(d.network.text).toBe(kb.optionById.get('calico-bgp' as OptionId)?.name);
    expect(d.orchestrator.text).toBe('Kubernetes');
    expect(d.hosts.text).toBe('hostCount=120');
    expect(d.boundary.kind).toBe(kb.optionById.get('calico-bgp' as OptionId)?.podBoundary?.kind ?? 'unknown');
  });

  it('derives the image, log, metrics, storage and discovery paths from the layers', () => {
    const d = buildDiagram(full);
    expect(d.flows.map((f) => f.kind)).toEqual(['image', 'log', 'metrics', 'storage', 'discovery']);
    const image = d.flows.find((f) => f.kind === 'image');
    expect(image?.steps.map((s) => s.text)).toEqual([kb.optionById.get('harbor' as OptionId)?.name, 'hosts']);
    expect(image?.label).toBe('flows.image');
  });

  it('draws a layer without options as not chosen, and skips paths it cannot draw', () => {
    const d = buildDiagram(spec({ networking: ['flannel-vxlan'] }));
    expect(d.orchestrator.text).toBe('notChosen');
    expect(d.flows).toEqual([]);
  });

  it('says a stated layer without options is in-house, and takes all its own words from the words given', () => {
    const d = buildDiagram(spec({ networking: ['calico-bgp'], orchestration: [], logging: [] }));
    expect(d.orchestrator.text).toBe('inHouse');
    expect(d.flows.find((f) => f.kind === 'log')?.steps.map((s) => s.text)).toEqual([
      'containers',
      'inHouse',
    ]);
    expect([
      d.description,
      d.intranet.heading,
      d.network.heading,
      d.orchestrator.heading,
      d.hosts.heading,
      d.boundary.label,
    ]).toEqual([
      'description',
      'intranet',
      'network',
      'orchestrator',
      'hosts',
      `boundary.${d.boundary.kind}`,
    ]);
  });

  it('lays boxes out without overlap, inside the width', () => {
    const layout = layoutDiagram(buildDiagram(full));
    expect(overlaps(layout)).toEqual([]);
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('reads as a list: every layer and path once', () => {
    const lines = diagramAsText(buildDiagram(full), 'differs');
    expect(lines.filter((l) => l.startsWith('network: '))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('flows.image: ') && l.includes(' → hosts'))).toBe(true);
  });
});

describe('case study reference architectures', () => {
  it.each(kb.caseStudies.map((s) => s.id))('%s lays out without overlap', (id) => {
    const layout = layoutDiagram(buildDiagram(caseStudySpec(study(id), 'en')));
    expect(overlaps(layout)).toEqual([]);
  });

  it('draws the paths the seeds describe instead of derived ones', () => {
    const withFlows = kb.caseStudies.filter((s) => (s.flows ?? []).length > 0);
    expect(withFlows.length).toBeGreaterThan(0);
    for (const s of withFlows) {
      const d = buildDiagram(caseStudySpec(s, 'en'));
      for (const flow of s.flows ?? []) {
        const drawn = d.flows.filter((f) => f.kind === flow.kind).map((f) => f.steps.length);
        expect(drawn).toContain(flow.steps.length);
      }
    }
  });
});

describe('comparing two architectures', () => {
  it('marks what differs and nothing that is shared', () => {
    const a = buildDiagram(spec({ networking: ['calico-bgp'], orchestration: ['kubernetes'] }));
    const b = buildDiagram(spec({ networking: ['macvlan'], orchestration: ['kubernetes'] }));
    const marked = markDifferences(a, b);
    expect(marked.network.diff).toBe(true);
    expect(marked.orchestrator.diff).toBe(false);
    expect(
      diagramAsText(marked, 'differs').filter((l) => l.endsWith('(differs)')).length,
    ).toBeGreaterThanOrEqual(1);
  });
});

describe('SVG output', () => {
  it('escapes every piece of text and carries a title and description', () => {
    const hostile = '<script>alert("x")</script> & \'q\'';
    const d = buildDiagram(spec({ networking: ['calico-bgp'] }, hostile));
    const svg = diagramToSvg(d, layoutDiagram(d), palettes.dark, 'x1');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;script&#62;');
    expect(svg).toMatch(/<title id="x1-title">[^<]*<\/title>/);
    expect(svg).toContain('aria-labelledby="x1-title" aria-describedby="x1-desc"');
    expect(svg).toContain(palettes.dark.background);
  });
});

describe('wrap', () => {
  it.each<[string, number, number]>([
    ['Calico (BGP, no encapsulation)', 400, 1],
    ['Calico (BGP, no encapsulation)', 90, 3],
    ['容器网络与传统环境直接互通的二层网络方案', 100, 3],
  ])('%s in %i px takes %i lines', (text, width, lines) => {
    expect(wrap(text, width)).toHaveLength(lines);
  });

  it('ends a cut text with an ellipsis and keeps every line within the width', () => {
    const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 60, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
