import type { Diagram } from './diagram';

/** The diagram as lines of text, for screen readers and for the record. */
export function diagramAsText(d: Diagram, differs: string): string[] {
  const mark = (diff: boolean | undefined) => (diff ? ` (${differs})` : '');
  const layer = (b: { heading: string; text: string; diff?: boolean }) =>
    `${b.heading}${b.text ? `: ${b.text}` : ''}${mark(b.diff)}`;
  const lines = [
    layer(d.intranet),
    `${d.boundary.label}${mark(d.boundary.diff)}`,
    layer(d.network),
    layer(d.orchestrator),
  ];
  if (d.discovery) lines.push(layer(d.discovery));
  lines.push(layer(d.hosts));
  if (d.operations) lines.push(layer(d.operations));
  for (const flow of d.flows)
    lines.push(`${flow.label}: ${flow.steps.map((s) => `${s.text}${mark(s.diff)}`).join(' → ')}`);
  return lines;
}
