import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import CaseStudiesView from '../../../src/features/case-studies/case-studies-view';
import { kb, renderWithKnowledge } from '../../ui/render-app';

describe('Case studies', () => {
  it('lists every company and filters by an option used', async () => {
    renderWithKnowledge(<CaseStudiesView id={undefined} />);
    expect(
      screen.getByText(`${kb.caseStudies.length} of ${kb.caseStudies.length} companies`),
    ).toBeInTheDocument();
    const users = kb.caseStudies.filter((c) => c.stack.some((l) => l.options.includes('macvlan' as never)));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Option used' }), 'macvlan');
    expect(screen.getByText(`${users.length} of ${kb.caseStudies.length} companies`)).toBeInTheDocument();
    for (const study of users)
      expect(screen.getByRole('heading', { level: 2, name: study.company.en })).toBeInTheDocument();
  });

  it('draws a company stack with its scale figures and links into the options', () => {
    renderWithKnowledge(<CaseStudiesView id="jd" />);
    const jd = kb.caseStudies.find((c) => c.id === 'jd');
    expect(screen.getByRole('heading', { level: 1, name: jd?.company.en })).toBeInTheDocument();
    expect(screen.getAllByText(/at least 100,000 containers/).length).toBeGreaterThan(0);
    const optionId = jd?.stack.flatMap((l) => l.options)[0] ?? '';
    const name = kb.optionById.get(optionId)?.name ?? '';
    expect(
      screen.getAllByRole('link', { name }).some((a) => a.getAttribute('href') === `#/options/${optionId}`),
    ).toBe(true);
  });
});
