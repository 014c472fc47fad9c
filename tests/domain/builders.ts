import { pluginModelFit } from '../../data/environment.json';
import { KnowledgeError, loadKnowledge, type Knowledge, type RawFile } from '../../src/domain/knowledge';

export const text = (en: string) => ({ en, zh: `${en}（中）`, ru: `${en} (ру)` });
export const ref = { source: 'test-source', section: '§1' };

export function makeCriterion(id: string, over: Record<string, unknown> = {}) {
  return {
    id,
    categories: ['networking'],
    name: text(id),
    meaning: text(`${id} is good`),
    kind: 'quality',
    satisfiedAt: 3,
    ...over,
  };
}

/** An option with the given levels (0–4) per criterion; extra fields override the defaults. */
export function makeOption(
  id: string,
  levels: Record<string, number | Record<string, unknown>>,
  over: Record<string, unknown> = {},
) {
  const values = Object.fromEntries(
    Object.entries(levels).map(([criterion, v]) => [
      criterion,
      typeof v === 'number' ? { level: v, source: ref } : { source: ref, ...v },
    ]),
  );
  return {
    id,
    category: 'networking',
    name: id.toUpperCase(),
    family: id,
    summary: text(id),
    requires: [],
    dependencies: [],
    values,
    pros: [],
    cons: [],
    status: { state: 'active', asOf: '2026-11', note: text('maintained'), source: ref },
    ...over,
  };
}

export function requirement(anyOf: Record<string, unknown>[], reason = 'needs it') {
  return { anyOf, reason: text(reason), source: ref };
}

const environmentFile = {
  questions: [],
  orchestrators: [
    { id: 'kubernetes', name: 'Kubernetes', pluginModels: ['cni'], source: ref },
    { id: 'mesos', name: 'Mesos', pluginModels: ['cni', 'docker'], source: ref },
    { id: 'swarm', name: 'Swarm', pluginModels: ['cnm', 'docker'], source: ref },
    { id: 'nomad', name: 'Nomad', pluginModels: ['cni', 'cnm', 'docker'], source: ref },
    { id: 'none', name: 'Docker', pluginModels: ['cnm', 'docker'], source: ref },
  ],
  pluginModels: [],
  pluginModelFit,
};

export function knowledgeFiles(
  criteria: unknown[],
  options: { id: string; category?: string }[],
  extra: RawFile[] = [],
): RawFile[] {
  return [
    {
      path: 'criteria.json',
      data: {
        scale: [0, 1, 2, 3, 4].map((level) => ({
          level,
          label: text(`L${level}`),
          meaning: text(`level ${level}`),
        })),
        categories: [{ id: 'networking', name: text('Networking'), description: text('net') }],
        criteria,
      },
    },
    { path: 'environment.json', data: environmentFile },
    {
      path: 'sources/test-source.json',
      data: { id: 'test-source', kind: 'public', title: 'Test source', year: 2024, language: 'en' },
    },
    ...options.map((o) => ({ path: `solutions/${o.category ?? 'networking'}/${o.id}.json`, data: o })),
    ...extra,
  ];
}

export function makeKnowledge(
  criteria: unknown[],
  options: { id: string }[],
  extra: RawFile[] = [],
): Knowledge {
  return loadKnowledge(knowledgeFiles(criteria, options, extra));
}

export const profile = (over: Record<string, unknown> = {}) => ({
  version: 1 as const,
  environment: {},
  weights: {},
  mustHave: [],
  ...over,
});

/** Piecewise-linear anchors for a measured criterion: ratio 0 → level 0 … ratio 1 → level 4. */
export const linearMeasure = {
  anchors: [
    { ratio: 0, level: 0 },
    { ratio: 1, level: 4 },
  ],
  note: text('ratio to bare metal'),
};

export interface SeriesSpec {
  criterion?: string;
  higherIsBetter?: boolean;
  /** Omit for a rank-only series (or values without a baseline: they only order). */
  baseline?: number;
  /** option id → measured value, or `{ rank }` for an order-only source. */
  results: Record<string, number | { rank: number }>;
}

/** A benchmark file: one series per spec, `conditions` merged over a minimal platform text. */
export function makeBenchmark(
  id: string,
  series: SeriesSpec[],
  conditions: Record<string, unknown> = {},
): RawFile {
  return {
    path: `benchmarks/${id}.json`,
    data: {
      id,
      title: text(id),
      source: { source: 'test-source', section: id },
      date: '2024',
      conditions: { platform: text('test bench'), ...conditions },
      series: series.map((s, i) => ({
        id: `s${i}`,
        metric: text('metric'),
        unit: 'Gbit/s',
        higherIsBetter: s.higherIsBetter ?? true,
        ...(s.criterion !== undefined && { criterion: s.criterion }),
        ...(s.baseline !== undefined && { baseline: { label: 'bare metal', value: s.baseline } }),
        results: Object.entries(s.results).map(([option, r]) =>
          typeof r === 'number'
            ? { label: option, option, value: r }
            : { label: option, option, rank: r.rank },
        ),
      })),
    },
  };
}

/** A conditional value entry for `makeOption` levels: `{ level, when: [when({ udpOffload: true }, 4)] }`. */
export const when = (match: Record<string, unknown>, level: number, section = 'condition') => ({
  if: match,
  level,
  note: text(`when ${JSON.stringify(match)}`),
  source: { source: 'test-source', section },
});

/** The loader's problems with `files`, or none when they load. */
export function problemsOf(files: RawFile[]): string[] {
  try {
    loadKnowledge(files);
  } catch (error) {
    if (error instanceof KnowledgeError) return [...error.problems];
    throw error;
  }
  return [];
}
