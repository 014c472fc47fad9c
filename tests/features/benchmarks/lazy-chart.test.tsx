import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ValueSeries } from '../../../src/features/benchmarks/value-series';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const series = kb.benchmarks
  .find((b) => b.id === 'infrabuilder-cni-2024')
  ?.series.find((s) => s.id === 'tcp-single-stream');

/** Stands in for the browser's IntersectionObserver: the test says when the chart enters the viewport. */
class FakeIntersectionObserver {
  static all: FakeIntersectionObserver[] = [];
  readonly targets: Element[] = [];
  disconnected = false;
  private readonly callback: IntersectionObserverCallback;
  constructor(callback: IntersectionObserverCallback) {
    this.callback = callback;
    FakeIntersectionObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.disconnected = true;
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  /** Reports every observed element as (not) intersecting, as the browser would after a scroll. */
  report(isIntersecting: boolean) {
    if (this.disconnected) return;
    const entries = this.targets.map((target) => ({ target, isIntersecting }) as IntersectionObserverEntry);
    this.callback(entries, this as unknown as IntersectionObserver);
  }
}

const scrollTo = (isIntersecting: boolean) =>
  act(() => FakeIntersectionObserver.all.forEach((o) => o.report(isIntersecting)));

describe('a chart below the fold', () => {
  if (!series) throw new Error('InfraBuilder 2024 tcp-single-stream is missing');

  beforeEach(() => {
    FakeIntersectionObserver.all = [];
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('holds its place at the height it will have, and is described before it is drawn', () => {
    renderWithKnowledge(<ValueSeries series={series} chartWidth={640} />);
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining(series.metric.en));
    expect(chart.querySelector('svg')).toBeNull();
    expect(within(chart).queryByText(series.results[0]?.label ?? '')).toBeNull();
    const placeholder = chart.style.height;
    expect(placeholder).toMatch(/^\d+px$/);

    scrollTo(true);
    const svg = chart.querySelector('svg');
    expect(svg).not.toBeNull();
    // Drawn at exactly the reserved height: nothing below the chart moves.
    expect(`${svg?.getAttribute('height')}px`).toBe(placeholder);
  });

  it('is drawn once it comes into view, with every result labelled', () => {
    renderWithKnowledge(<ValueSeries series={series} chartWidth={640} />);
    scrollTo(false);
    const chart = screen.getByRole('img');
    expect(chart.querySelector('svg')).toBeNull();

    scrollTo(true);
    for (const r of series.results) expect(within(chart).getByText(r.label)).toBeInTheDocument();
    // Once drawn, it stays drawn when scrolled away again.
    scrollTo(false);
    expect(chart.querySelector('svg')).not.toBeNull();
  });
});
