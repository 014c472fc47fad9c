import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import OptionView from '../../../src/features/option/option-view';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

describe('Option detail', () => {
  it('shows where the option ranks and how its requirements fare in the environment', () => {
    renderWithKnowledge(<OptionView id="calico-bgp" />, { environment: { bgp: false, l2: false } });
    expect(screen.getByRole('heading', { level: 1, name: /Calico \(BGP/ })).toBeInTheDocument();
    expect(screen.getByText('Excluded for your profile:')).toBeInTheDocument();
    expect(screen.getAllByText(/not met/).length).toBeGreaterThan(0);
  });

  it('marks the environment-dependent value that applies', () => {
    const { unmount } = renderWithKnowledge(<OptionView id="flannel-vxlan" />, {
      environment: { udpOffload: true },
    });
    expect(screen.getAllByText(/applies to your environment/).length).toBeGreaterThan(0);
    unmount();
    renderWithKnowledge(<OptionView id="flannel-vxlan" />, { environment: {} });
    expect(screen.getAllByText(/assumed: your environment leaves this open/).length).toBeGreaterThan(0);
  });

  it('lists the case studies that use it and adds it to the comparison', async () => {
    const users = kb.caseStudies.filter((c) => c.stack.some((l) => l.options.includes('macvlan' as never)));
    renderWithKnowledge(<OptionView id="macvlan" />);
    for (const study of users) {
      const name = new RegExp(study.company.en.replace(/[()]/g, '\\$&'));
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', `#/cases/${study.id}`);
    }
    expect(users.length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Add to comparison' }));
    expect(useAppStore.getState().compared).toEqual(['macvlan']);
  });

  it('says so for an unknown id', () => {
    renderWithKnowledge(<OptionView id="calico-xyz" />);
    expect(screen.getByText(/No option with id “calico-xyz”/)).toBeInTheDocument();
  });
});
