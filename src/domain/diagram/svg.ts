import type { Diagram } from './diagram';
import type { Layout, LayoutBox, Tone } from './layout';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  diff: string;
  fills: Record<Tone, string>;
}

const lightFills: Record<Tone, string> = {
  intranet: '#eef1f5',
  network: '#dcebff',
  orchestrator: '#e6f4ea',
  discovery: '#f1ecfb',
  hosts: '#f4f1e8',
  operations: '#eef1f5',
  'flow-traffic': '#dcebff',
  'flow-image': '#fdf0e1',
  'flow-log': '#e8f3f3',
  'flow-metrics': '#f6e9f0',
  'flow-storage': '#f4f1e8',
  'flow-discovery': '#f1ecfb',
};
const darkFills: Record<Tone, string> = {
  intranet: '#232a32',
  network: '#1c2e47',
  orchestrator: '#1e3327',
  discovery: '#2c2540',
  hosts: '#302c22',
  operations: '#232a32',
  'flow-traffic': '#1c2e47',
  'flow-image': '#3a2c1c',
  'flow-log': '#1c3434',
  'flow-metrics': '#38222e',
  'flow-storage': '#302c22',
  'flow-discovery': '#2c2540',
};

/** The app's light and dark palettes, for files that leave the page. */
export const palettes: Record<'light' | 'dark', Palette> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#4d5866',
    border: '#8593a3',
    accent: '#b3261e',
    diff: '#fff4d6',
    fills: lightFills,
  },
  dark: {
    background: '#1a1f25',
    text: '#e8ecf1',
    muted: '#a9b4c2',
    border: '#6b7888',
    accent: '#ff8a80',
    diff: '#3d3420',
    fills: darkFills,
  },
};

/** Escapes text and attribute values: option names and seed paths come from data and user files. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FONT = "system-ui, 'Noto Sans', 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

function boxSvg(b: LayoutBox, p: Palette): string {
  const fill = b.diff ? p.diff : p.fills[b.tone];
  const stroke = b.diff ? p.accent : p.border;
  const parts = [
    `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6" fill="${fill}" stroke="${stroke}" stroke-width="${b.diff ? 2 : 1}"${b.diff ? ' stroke-dasharray="5 3"' : ''}/>`,
  ];
  // Text is centred vertically: boxes in one path row share the tallest box's height.
  let ty = b.y + (b.h - ((b.heading ? 1 : 0) + b.lines.length) * 16) / 2 + 12;
  if (b.heading) {
    parts.push(`<text x="${b.x + 8}" y="${ty}" font-weight="600">${escapeXml(b.heading)}</text>`);
    ty += 16;
  }
  for (const line of b.lines) {
    parts.push(`<text x="${b.x + 8}" y="${ty}">${escapeXml(line)}</text>`);
    ty += 16;
  }
  if (b.diff)
    parts.push(
      `<text x="${b.x + b.w - 8}" y="${b.y + 16}" text-anchor="end" fill="${p.accent}" font-weight="700">≠</text>`,
    );
  return parts.join('');
}

/** A standalone SVG document: the same layout the page draws, with its palette written in. */
/** `id` prefixes the ids inside, so two diagrams can share a page. */
export function diagramToSvg(d: Diagram, layout: Layout, p: Palette, id = 'diagram'): string {
  const marker = `<marker id="${id}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${p.muted}"/></marker>`;
  const arrows = layout.arrows
    .map(
      (a) =>
        `<line x1="${a.x1}" y1="${a.y1}" x2="${a.x2}" y2="${a.y2}" stroke="${p.muted}" stroke-width="1.5" marker-end="url(#${id}-arrow)"/>`,
    )
    .join('');
  const b = layout.boundary;
  const boundary = `<line x1="${b.x1}" y1="${b.y}" x2="${b.x2}" y2="${b.y}" stroke="${b.diff ? p.accent : p.muted}" stroke-width="2" stroke-dasharray="8 5"/>`;
  const texts = layout.texts
    .map(
      (t) =>
        `<text x="${t.x}" y="${t.y}" text-anchor="${t.anchor}"${t.role === 'title' ? ' font-size="16" font-weight="700"' : t.role === 'flow' ? ' font-weight="600"' : ` fill="${p.muted}"`}>${escapeXml(t.text)}</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img" aria-labelledby="${id}-title" aria-describedby="${id}-desc" font-family="${escapeXml(FONT)}" font-size="13" fill="${p.text}">`,
    `<title id="${id}-title">${escapeXml(d.title)}</title><desc id="${id}-desc">${escapeXml(d.description)}</desc>`,
    `<defs>${marker}</defs>`,
    `<rect width="100%" height="100%" fill="${p.background}"/>`,
    boundary,
    arrows,
    layout.boxes.map((box) => boxSvg(box, p)).join(''),
    texts,
    '</svg>',
  ].join('\n');
}
