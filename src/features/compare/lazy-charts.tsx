import { lazy } from 'react';

// The charts bring the charting library: it loads with the chart, after the matrix is on screen.
export const CompareRadarChart = lazy(() =>
  import('./radar-chart').then((m) => ({ default: m.CompareRadarChart })),
);
export const CompareBarChart = lazy(() =>
  import('./bar-chart').then((m) => ({ default: m.CompareBarChart })),
);
