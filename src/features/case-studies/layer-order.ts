import type { CaseStudy, CategoryId } from '@/domain/schemas';

/**
 * Top to bottom, as architecture diagrams draw a platform: automation and orchestration on top,
 * the infrastructure (storage, networking) at the bottom. The sources list layers in whatever
 * order the talk did; one order makes the diagrams of different companies comparable.
 */
export const layerOrder: readonly CategoryId[] = [
  'automation',
  'orchestration',
  'service-discovery',
  'logging',
  'monitoring',
  'security',
  'registry',
  'storage',
  'networking',
];

type Layer = CaseStudy['stack'][number];

/** The layers in diagram order; layers of one category keep their source order. */
export function orderLayers(stack: readonly Layer[]): Layer[] {
  return stack
    .map((layer, index) => ({ layer, index }))
    .sort(
      (a, b) =>
        layerOrder.indexOf(a.layer.category) - layerOrder.indexOf(b.layer.category) || a.index - b.index,
    )
    .map(({ layer }) => layer);
}
