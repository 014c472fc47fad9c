import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareBarChart } from '../../../src/features/compare/bar-chart';
import { CompareRadarChart } from '../../../src/features/compare/radar-chart';
import { shortName, toRadarData } from '../../../src/features/compare/to-radar-data';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const options = ['flannel-vxlan', 'calico-ipip', 'macvlan'].flatMap((id) => kb.optionById.get(id) ?? []);
// "Network policy / ACL" is drawn as "Network policy": at least one label is shortened.
const criteria = (kb.criteriaByCategory.get('networking') ?? []).filter((c) =>
  ['throughput', 'latency', 'networkPolicy', 'simplicity', 'dns', 'encryption'].includes(c.id),
);
const data = toRadarData(options, criteria, { udpOffload: true }, (c) => c.name.en);
/** Axis labels: the shown text of each tick, and its full name (the SVG title, a tooltip). */
const ticks = (container: HTMLElement) =>
  [...container.querySelectorAll('.compare-axis-tick')].map((tick) => ({
    shown: tick.querySelector('text')?.textContent,
    full: tick.querySelector('title')?.textContent,
  }));
const expectedTicks = data.map((row) => ({ shown: shortName(row.name), full: row.name }));

describe('CompareRadarChart', () => {
  it('draws one series per option inside a labelled image, each axis labelled short with its full name', () => {
    const { container } = renderWithKnowledge(
      <CompareRadarChart
        options={options}
        data={data}
        label="levels of three options"
        width={500}
        height={400}
      />,
    );
    expect(screen.getByRole('img', { name: 'levels of three options' })).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-radar')).toHaveLength(options.length);
    for (const option of options) expect(screen.getByText(option.name)).toBeInTheDocument();
    expect(ticks(container)).toEqual(expectedTicks);
    expect(ticks(container)).toContainEqual({ shown: 'Network policy', full: 'Network policy / ACL' });
  });
});

describe('CompareBarChart', () => {
  it('draws one bar per option and criterion, labelled like the radar', () => {
    const { container } = renderWithKnowledge(
      <CompareBarChart options={options} data={data} label="levels as bars" width={500} />,
    );
    expect(screen.getByRole('img', { name: 'levels as bars' })).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar')).toHaveLength(options.length);
    for (const option of options) expect(screen.getByText(option.name)).toBeInTheDocument();
    expect(ticks(container)).toEqual(expectedTicks);
  });
});
