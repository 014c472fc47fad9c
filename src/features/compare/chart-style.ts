// Colour alone must not tell the series apart: each also has its own dash pattern.
export const dashes = ['0', '6 3', '2 3', '10 4 2 4'];

export const tooltipStyle = {
  background: 'var(--surface)',
  borderColor: 'var(--border)',
  color: 'var(--text)',
};

export const seriesColour = (index: number) => `var(--compare-series-${index + 1})`;
