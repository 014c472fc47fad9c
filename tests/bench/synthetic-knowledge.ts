import { pluginModelFit } from '../../data/environment.json';
import { loadKnowledge, type Knowledge, type RawFile } from '../../src/domain/knowledge';

const text = (en: string) => ({ en, zh: en, ru: en });
const ref = { source: 'synthetic', section: 'generated' };

/** Deterministic pseudo-random numbers so every run measures the same knowledge base. */
function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/** A networking knowledge base of `options` × `criteria`, with requirements and conditional values. */
export function syntheticKnowledge(options: number, criteria: number): Knowledge {
  const random = lcg(42);
  const level = () => Math.floor(random() * 5);
  const criterionIds = Array.from({ length: criteria }, (_, i) => `c${i}`);
  const files: RawFile[] = [
    {
      path: 'criteria.json',
      data: {
        scale: [0, 1, 2, 3, 4].map((l) => ({ level: l, label: text(`L${l}`), meaning: text(`level ${l}`) })),
        categories: [{ id: 'networking', name: text('Networking'), description: text('synthetic') }],
        criteria: criterionIds.map((id) => ({
          id,
          categories: ['networking'],
          name: text(id),
          meaning: text(id),
          kind: 'quality',
          satisfiedAt: 2,
        })),
      },
    },
    {
      path: 'environment.json',
      data: {
        questions: [],
        orchestrators: ['kubernetes', 'mesos', 'swarm', 'nomad', 'none'].map((id) => ({
          id,
          name: id,
          pluginModels: id === 'kubernetes' ? ['cni'] : ['cni', 'cnm', 'docker'],
          source: ref,
        })),
        pluginModels: [],
        pluginModelFit,
      },
    },
    {
      path: 'sources/synthetic.json',
      data: { id: 'synthetic', kind: 'public', title: 'Synthetic', year: 2026, language: 'en' },
    },
  ];
  for (let i = 0; i < options; i += 1) {
    const id = `option-${String(i).padStart(4, '0')}`;
    const values = Object.fromEntries(
      criterionIds.map((c, j) => [
        c,
        j % 10 === 0
          ? {
              level: level(),
              source: ref,
              when: [{ if: { udpOffload: true }, level: level(), note: text('offload'), source: ref }],
            }
          : { level: level(), source: ref },
      ]),
    );
    const requires =
      i % 7 === 0
        ? [{ anyOf: [{ bgp: true }, { l2: true }], reason: text('needs routes'), source: ref }]
        : [];
    files.push({
      path: `solutions/networking/${id}.json`,
      data: {
        id,
        category: 'networking',
        name: id,
        family: id,
        summary: text(id),
        pluginModels: { models: i % 5 === 0 ? ['cnm'] : ['cni', 'cnm'], source: ref },
        requires,
        dependencies: [],
        values,
        pros: [],
        cons: [],
        status: { state: 'active', asOf: '2026-11', note: text('ok'), source: ref },
      },
    });
  }
  return loadKnowledge(files);
}
