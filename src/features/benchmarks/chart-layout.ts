import { wrapLabel, type ChartRow } from './to-chart-data';

export const FONT_SIZE = 12;
export const LINE_HEIGHT = 15;
// Average glyph width at 12 px, generous enough for CJK labels to stay inside the axis.
const CHAR_WIDTH = 7;
/** Space around the plot: the value labels at the bars' ends need the room on the right. */
export const MARGIN = { top: 5, right: 64, bottom: 5, left: 4 } as const;
/** The value axis below the bars: tick marks and their numbers. */
export const VALUE_AXIS_HEIGHT = 30;

export interface ChartLayout {
  /** Width of the label axis, in px. */
  axisWidth: number;
  /** Each row's label, wrapped to the axis, by row key. */
  lines: ReadonlyMap<string, readonly string[]>;
  rowHeight: number;
  /** The whole chart's height, known before the chart is drawn so its placeholder can hold the space. */
  height: number;
}

/** How a chart of `rows` is laid out at `width` px; `baselineLabel` names the baseline bar. */
export function chartLayout(
  rows: readonly ChartRow[],
  width: number,
  baselineLabel: (label: string) => string,
): ChartLayout {
  const axisWidth = Math.min(240, Math.max(88, Math.round(width * 0.38)));
  const lines = new Map(
    rows.map((r) => [
      r.key,
      wrapLabel(r.isBaseline ? baselineLabel(r.label) : r.label, (axisWidth - 10) / CHAR_WIDTH),
    ]),
  );
  const maxLines = Math.max(1, ...[...lines.values()].map((l) => l.length));
  const rowHeight = Math.max(30, maxLines * LINE_HEIGHT + 12);
  return {
    axisWidth,
    lines,
    rowHeight,
    height: rows.length * rowHeight + MARGIN.top + MARGIN.bottom + VALUE_AXIS_HEIGHT,
  };
}
