import type { FlowKind } from '../schemas';
import type { Diagram, DiagramBox } from './diagram';

export type Tone =
  'intranet' | 'network' | 'orchestrator' | 'discovery' | 'hosts' | 'operations' | `flow-${FlowKind}`;

export interface LayoutBox {
  key: string;
  x: number;
  y: number;
  w: number;
  h: number;
  heading: string;
  lines: string[];
  tone: Tone;
  diff: boolean;
}
export interface LayoutText {
  x: number;
  y: number;
  text: string;
  role: 'title' | 'boundary' | 'flow';
  anchor: 'start' | 'middle';
}
export interface LayoutArrow {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}
export interface Layout {
  width: number;
  height: number;
  boxes: LayoutBox[];
  texts: LayoutText[];
  arrows: LayoutArrow[];
  /** The dashed line between the pod network and the intranet. */
  boundary: { y: number; x1: number; x2: number; diff: boolean };
}

export const WIDTH = 720;
const MARGIN = 16;
const GAP = 12;
const LINE = 16;
const ARROW = 28;
const FLOW_LABEL = 112;
const PER_ROW = 4;

/** Roughly the drawn width at 13 px: CJK glyphs are square, Latin ones a little over half. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 13 : 7.4;
  return w;
}

/** Greedy word wrap (character wrap for CJK), at most `max` lines, the last one ellipsised. */
export function wrap(text: string, width: number, max = 3): string[] {
  if (text === '') return [];
  const tokens = text.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+\s*|\s+/g) ?? [text];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && textWidth(line + token.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  let last = kept[max - 1] as string;
  while (last.length > 1 && textWidth(`${last}…`) > width) last = last.slice(0, -1);
  kept[max - 1] = `${last}…`;
  return kept;
}

function place(box: DiagramBox, tone: Tone, x: number, y: number, w: number): LayoutBox {
  const lines = wrap(box.text, w - 16);
  const h = 14 + (box.heading ? LINE : 0) + lines.length * LINE;
  return { key: box.key, x, y, w, h: Math.max(h, 38), heading: box.heading, lines, tone, diff: !!box.diff };
}

/** Positions every part of a diagram: the layers top to bottom, then one row per path. */
export function layoutDiagram(d: Diagram): Layout {
  const full = WIDTH - 2 * MARGIN;
  const boxes: LayoutBox[] = [];
  const texts: LayoutText[] = [{ x: MARGIN, y: 28, text: d.title, role: 'title', anchor: 'start' }];
  const arrows: LayoutArrow[] = [];
  let y = 44;
  // Each layer hands down to the next; the arrow runs through the gap below it.
  const stack = (placed: LayoutBox[], gap = 2 * GAP): void => {
    boxes.push(...placed);
    const bottom = Math.max(...placed.map((b) => b.y + b.h));
    y = bottom + gap;
    arrows.push({ x1: WIDTH / 2, y1: bottom + 3, x2: WIDTH / 2, y2: y - 3 });
  };

  stack([place(d.intranet, 'intranet', MARGIN, y, full)], 52);
  const boundaryY = y - 34;
  texts.push({
    x: WIDTH / 2 + 10,
    y: boundaryY + 18,
    text: d.boundary.label,
    role: 'boundary',
    anchor: 'start',
  });
  stack([place(d.network, 'network', MARGIN, y, full)]);
  const half = (full - GAP) / 2;
  stack(
    d.discovery
      ? [
          place(d.orchestrator, 'orchestrator', MARGIN, y, half),
          place(d.discovery, 'discovery', MARGIN + half + GAP, y, half),
        ]
      : [place(d.orchestrator, 'orchestrator', MARGIN, y, full)],
  );
  boxes.push(place(d.hosts, 'hosts', MARGIN, y, full));
  y = (boxes.at(-1) as LayoutBox).y + (boxes.at(-1) as LayoutBox).h + GAP;
  if (d.operations) {
    boxes.push(place(d.operations, 'operations', MARGIN, y, full));
    y = (boxes.at(-1) as LayoutBox).y + (boxes.at(-1) as LayoutBox).h + GAP;
  }

  y += 8;
  for (const flow of d.flows) {
    const tone: Tone = `flow-${flow.kind}`;
    const area = full - FLOW_LABEL;
    const perRow = Math.min(flow.steps.length, PER_ROW);
    const w = (area - (perRow - 1) * ARROW) / perRow;
    wrap(flow.label, FLOW_LABEL - 8, 2).forEach((line, i) =>
      texts.push({ x: MARGIN, y: y + 22 + i * LINE, text: line, role: 'flow', anchor: 'start' }),
    );
    for (let start = 0; start < flow.steps.length; start += PER_ROW) {
      const row = flow.steps
        .slice(start, start + PER_ROW)
        .map((s, i) => place(s, tone, MARGIN + FLOW_LABEL + i * (w + ARROW), y, w));
      const h = Math.max(...row.map((b) => b.h));
      row.forEach((b, i) => {
        b.h = h;
        const next = row[i + 1];
        if (next) arrows.push({ x1: b.x + b.w + 3, y1: y + h / 2, x2: next.x - 3, y2: y + h / 2 });
      });
      if (start > 0)
        arrows.push({
          x1: MARGIN + FLOW_LABEL - ARROW + 3,
          y1: y + h / 2,
          x2: MARGIN + FLOW_LABEL - 3,
          y2: y + h / 2,
        });
      boxes.push(...row);
      y += h + GAP;
    }
  }
  return {
    width: WIDTH,
    height: y + MARGIN,
    boxes,
    texts,
    arrows,
    boundary: { y: boundaryY, x1: MARGIN, x2: WIDTH - MARGIN, diff: !!d.boundary.diff },
  };
}
