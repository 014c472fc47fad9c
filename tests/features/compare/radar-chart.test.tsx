import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompareRadarChart } from '../../../src/features/compare/radar-chart';
import { toRadarData } from '../../../src/features/compare/to-radar-data';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const options = ['flannel-vxlan', 'calico-ipip', 'macvlan'].flatMap((id) => kb.optionById.get(id) ?? []);
const criteria = kb.criteriaByCategory.get('networking')?.slice(0, 6) ?? [];

describe('CompareRadarChart', () => {
  it('draws one series per option inside a labelled image', () => {
    const data = toRadarData(options, criteria, { udpOffload: true }, (c) => c.name.en);
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
    for (const row of data) expect(screen.getByText(row.label)).toBeInTheDocument();
  });
});
