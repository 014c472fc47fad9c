import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import {
  buildDiagram,
  caseStudySpec,
  diagramAsText,
  diagramToSvg,
  layoutDiagram,
  markDifferences,
  palettes,
  stackSpec,
  wrap,
  type Layout,
} from '../../src/domain/diagram';
import type { CategoryId, OptionId } from '../../src/domain/schemas';

const kb = readKnowledge();
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

function overlaps(layout: Layout): string[] {
  const found: string[] = [];
  layout.boxes.forEach((a, i) =>
    layout.boxes.slice(i + 1).forEach((b) => {
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      if (!apart) found.push(`${a.key} × ${b.key}`);
    }),
  );
  return found;
}

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
    const d = buildDiagram(kb, full, 'en');
    expect(d.network.text).toBe(kb.optionById.get('calico-bgp' as OptionId)?.name);
    expect(d.orchestrator.text).toBe('Kubernetes');
    expect(d.hosts.text).toBe('120 hosts');
    expect(d.boundary.kind).toBe(kb.optionById.get('calico-bgp' as OptionId)?.podBoundary?.kind ?? 'unknown');
  });

  it('derives the image, log, metrics, storage and discovery paths from the layers', () => {
    const d = buildDiagram(kb, full, 'en');
    expect(d.flows.map((f) => f.kind)).toEqual(['image', 'log', 'metrics', 'storage', 'discovery']);
    const image = d.flows.find((f) => f.kind === 'image');
    expect(image?.steps.map((s) => s.text)).toEqual([kb.optionById.get('harbor' as OptionId)?.name, 'Hosts']);
  });

  it('draws a layer without options as not chosen, and skips paths it cannot draw', () => {
    const d = buildDiagram(kb, spec({ networking: ['flannel-vxlan'] }), 'en');
    expect(d.orchestrator.text).toBe('not chosen');
    expect(d.flows).toEqual([]);
  });

  it('lays boxes out without overlap, inside the width', () => {
    const layout = layoutDiagram(buildDiagram(kb, full, 'zh'));
    expect(overlaps(layout)).toEqual([]);
    for (const b of layout.boxes) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it('reads as a list: every layer and path once', () => {
    const lines = diagramAsText(buildDiagram(kb, full, 'en'), 'differs');
    expect(lines.filter((l) => l.startsWith('Pod network: '))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith('Image path: ') && l.includes(' → Hosts'))).toBe(true);
  });
});

describe('case study reference architectures', () => {
  it.each(kb.caseStudies.map((s) => s.id))('%s lays out without overlap', (id) => {
    const layout = layoutDiagram(buildDiagram(kb, caseStudySpec(study(id), 'en'), 'en'));
    expect(overlaps(layout)).toEqual([]);
  });

  it('draws the paths the seeds describe instead of derived ones', () => {
    const withFlows = kb.caseStudies.filter((s) => (s.flows ?? []).length > 0);
    expect(withFlows.length).toBeGreaterThan(0);
    for (const s of withFlows) {
      const d = buildDiagram(kb, caseStudySpec(s, 'en'), 'en');
      for (const flow of s.flows ?? []) {
        const drawn = d.flows.filter((f) => f.kind === flow.kind).map((f) => f.steps.length);
        expect(drawn).toContain(flow.steps.length);
      }
    }
  });
});

describe('comparing two architectures', () => {
  it('marks what differs and nothing that is shared', () => {
    const a = buildDiagram(kb, spec({ networking: ['calico-bgp'], orchestration: ['kubernetes'] }), 'en');
    const b = buildDiagram(kb, spec({ networking: ['macvlan'], orchestration: ['kubernetes'] }), 'en');
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
    const d = buildDiagram(kb, spec({ networking: ['calico-bgp'] }, hostile), 'en');
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
