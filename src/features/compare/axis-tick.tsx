import { Text, type TextAnchor, type TextVerticalAnchor } from 'recharts';

/** Room for a label beside the radar: two lines of about this many pixels at 12 px. */
export const AXIS_LABEL_WIDTH = 84;
const FONT_SIZE = 12;
// A string with its unit: the label is measured in an off-screen span, where a bare number means nothing.
const fontStyle = { fontSize: `${FONT_SIZE}px` };
// Scripts written without spaces are wrapped between characters rather than left as one long word.
const unspaced = /[\u3000-\u9fff\uf900-\ufaff]/;

export interface AxisTickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: TextAnchor;
  verticalAnchor?: TextVerticalAnchor;
  index?: number;
  payload?: { value?: unknown };
}

/**
 * A criterion's label on a chart axis: the short label wrapped onto at most two lines (an ellipsis
 * beyond), the full name as the SVG title, so nothing is cut off at the chart's edge.
 */
export function AxisTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  short,
  width = AXIS_LABEL_WIDTH,
}: AxisTickProps & { short: (name: string) => string; width?: number }) {
  const name = String(payload?.value ?? '');
  const label = short(name);
  return (
    <g className="compare-axis-tick">
      <title>{name}</title>
      <Text
        x={x}
        y={y}
        textAnchor={textAnchor}
        verticalAnchor={verticalAnchor}
        width={width}
        maxLines={2}
        breakAll={unspaced.test(label)}
        fontSize={FONT_SIZE}
        style={fontStyle}
        fill="var(--text)"
      >
        {label}
      </Text>
    </g>
  );
}
