import { criterionSchema, solutionSchema, type Criterion, type Solution } from '../../../src/domain/schemas';
import { makeCriterion, makeOption } from '../../domain/builders';

const text = (en: string) => ({ en, zh: en, ru: en });
const ref = { source: 'test-source', section: '§1' };

export const criterion = (id: string, name = id): Criterion =>
  criterionSchema.parse(makeCriterion(id, { name: text(name) }));

export const option = (id: string, levels: Parameters<typeof makeOption>[1]): Solution =>
  solutionSchema.parse(makeOption(id, levels));

/** Throughput 2 by default, 3 with UDP offload — the shape of flannel VXLAN's value. */
export const offloadDependent = {
  level: 2,
  note: text('without offload'),
  when: [{ if: { udpOffload: true }, level: 3, note: text('with offload'), source: ref }],
};
