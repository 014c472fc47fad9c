import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { ValueSeries } from '../../../src/features/benchmarks/value-series';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const number = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n);

const series = kb.benchmarks
  .find((b) => b.id === 'infrabuilder-cni-2024')
  ?.series.find((s) => s.id === 'tcp-multi-stream');

// ResponsiveContainer-style measuring does not work in jsdom, so the chart is given a fixed width.
describe('ValueSeries chart at a fixed width', () => {
  if (!series) throw new Error('InfraBuilder 2024 tcp-multi-stream is missing');

  it('draws one bar per result plus the baseline, labelled, behind an img role with a text alternative', () => {
    renderWithKnowledge(<ValueSeries series={series} chartWidth={640} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining(series.metric.en));
    expect(chart).toHaveAccessibleName(expect.stringContaining(`${series.results.length} results`));
    expect(chart.querySelector('svg')).not.toBeNull();
    for (const r of series.results) expect(within(chart).getByText(r.label)).toBeInTheDocument();
    expect(within(chart).getByText(`${series.baseline?.label} (baseline)`)).toBeInTheDocument();
    expect(chart.querySelectorAll('rect')).toHaveLength(series.results.length + 1);
    for (const r of series.results)
      expect(within(chart).getAllByText(number(r.value ?? NaN)).length).toBeGreaterThan(0);
  });

  it('draws bar lengths in proportion to the values, on one scale for the whole chart', () => {
    renderWithKnowledge(<ValueSeries series={series} chartWidth={640} />);
    const [baseline, ...bars] = [...screen.getByRole('img').querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('width')),
    );
    const values = [...series.results.map((r) => r.value ?? NaN)].sort((a, b) => b - a);
    const base = series.baseline?.value ?? NaN;
    bars.forEach((width, i) => expect(width / (baseline ?? NaN)).toBeCloseTo((values[i] ?? NaN) / base, 2));
  });

  it('switches to % of baseline, drawing percentages', async () => {
    renderWithKnowledge(<ValueSeries series={series} chartWidth={640} />);
    await userEvent.click(screen.getByRole('checkbox'));
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining('derived by us'));
    expect(within(chart).getAllByText('100%').length).toBeGreaterThan(0);
  });

  it('has no axe violations with the chart drawn', async () => {
    const { container } = renderWithKnowledge(<ValueSeries series={series} chartWidth={375} />);
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
