import type { Diagram, DiagramBox, DiagramFlow } from './diagram';

/** Only what both sides state can differ: a layer one side leaves open is not a difference. */
const markBox = (box: DiagramBox, other: DiagramBox | undefined): DiagramBox => ({
  ...box,
  diff: !box.open && other !== undefined && !other.open && box.text !== other.text,
});

function markFlow(flow: DiagramFlow, others: readonly DiagramFlow[]): DiagramFlow {
  const same = others.find((o) => o.kind === flow.kind);
  if (!same) return flow;
  const texts = new Set(same.steps.map((s) => s.text));
  return { ...flow, steps: flow.steps.map((s) => ({ ...s, diff: !s.open && !texts.has(s.text) })) };
}

/**
 * Marks in `a` every layer, boundary and path step that differs from `b` where both state it;
 * a path or layer that `b` does not describe stays unmarked (not stated is not different).
 */
export function markDifferences(a: Diagram, b: Diagram): Diagram {
  return {
    ...a,
    boundary: {
      ...a.boundary,
      diff:
        a.boundary.kind !== 'unknown' && b.boundary.kind !== 'unknown' && a.boundary.kind !== b.boundary.kind,
    },
    network: markBox(a.network, b.network),
    orchestrator: markBox(a.orchestrator, b.orchestrator),
    discovery: a.discovery ? markBox(a.discovery, b.discovery) : undefined,
    operations: a.operations ? markBox(a.operations, b.operations) : undefined,
    flows: a.flows.map((f) => markFlow(f, b.flows)),
  };
}
