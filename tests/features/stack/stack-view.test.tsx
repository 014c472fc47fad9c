import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { OptionId, Profile } from '../../../src/domain/schemas';
import { composeStack, whatIf } from '../../../src/domain/stack';
import StackView from '../../../src/features/stack/stack-view';
import { useAppStore } from '../../../src/store';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.profile;
};
const stateOf = (profile: Profile, choices = {}) => ({
  environment: profile.environment,
  weights: profile.weights,
  mustHave: profile.mustHave,
  choices,
});
const layer = (category: string) => screen.getByRole('listitem', { name: category });

describe('StackView', () => {
  it('shows each layer with the pick the engine composes, and restates the profile', () => {
    const profile = preset('swarm-shop');
    renderWithKnowledge(<StackView />, stateOf(profile));
    const outcome = composeStack(kb, profile, 'weighted');
    if (!outcome.ok) throw new Error('no stack');
    for (const pick of outcome.stack.picks) {
      const name = kb.categories.find((c) => c.id === pick.category)?.name.en ?? pick.category;
      expect(within(layer(name)).getAllByRole('link')[0]).toHaveTextContent(pick.option.name);
    }
    const context = screen.getByRole('region', { name: 'Computed for' });
    const orchestrator = kb.environment.questions.find((q) => q.key === 'orchestrator')?.label.en ?? '';
    const name = kb.environment.orchestrators.find((o) => o.id === profile.environment.orchestrator)?.name;
    expect(within(context).getByText(orchestrator).nextElementSibling).toHaveTextContent(name ?? '?');
  });

  it('records a chosen alternative as the team’s choice, pins it and re-optimises', async () => {
    const profile = preset('public-cloud-no-bgp');
    renderWithKnowledge(<StackView />, stateOf(profile));
    const outcome = composeStack(kb, profile, 'weighted');
    if (!outcome.ok) throw new Error('no stack');
    const alt = outcome.stack.picks.find((p) => p.category === 'networking')?.alternatives[0];
    const name = kb.optionById.get(alt?.id ?? '')?.name ?? '?';
    await userEvent.click(screen.getByRole('button', { name: `Choose ${name}` }));
    expect(useAppStore.getState().choices.networking).toBe(alt?.id);
    expect(within(layer('Networking')).getByText('your choice')).toBeInTheDocument();
    expect(within(layer('Networking')).getAllByRole('link')[0]).toHaveTextContent(name);
    await userEvent.click(screen.getByRole('button', { name: 'Clear the choice for Networking' }));
    expect(useAppStore.getState().choices.networking).toBeUndefined();
  });

  it('refuses a choice that cannot hold, with the rule and its source, and keeps the stack', () => {
    renderWithKnowledge(
      <StackView />,
      stateOf(
        { version: 1, environment: {}, weights: {}, mustHave: [] },
        {
          orchestration: 'kubernetes' as OptionId,
          networking: 'docker-overlay' as OptionId,
        },
      ),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/cannot be kept/);
    expect(alert.querySelector('cite')).not.toBeNull();
    expect(screen.getByRole('region', { name: 'Layers' })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderWithKnowledge(<StackView />, stateOf(preset('private-dc-l2')));
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('says what answering a fact differently would change, as the engine computes it', () => {
    const profile = preset('public-cloud-no-bgp');
    renderWithKnowledge(<StackView />, stateOf(profile));
    const entry = whatIf(kb, profile, 'weighted', ['networking']).find(
      (w) => w.change['environment.bgp'] === true,
    );
    if (!entry) throw new Error('expected a BGP what-if');
    const region = screen.getByRole('region', { name: 'What would change it' });
    const bgp = kb.environment.questions.find((q) => q.key === 'bgp')?.label.en ?? '?';
    const winner = kb.optionById.get(entry.winner ?? '')?.name ?? '?';
    const line = within(region)
      .getAllByRole('listitem')
      .find((li) => li.textContent?.startsWith(`With “${bgp}”: Networking`));
    expect(line).toHaveTextContent(`Networking → ${winner} first`);
    expect(line).toHaveTextContent(kb.optionById.get('calico-bgp')?.name ?? '?');
  });

  it('lists the members of a logging pipeline with the roles each fills', () => {
    const profile = preset('public-cloud-no-bgp');
    renderWithKnowledge(<StackView />, stateOf(profile));
    const outcome = composeStack(kb, profile, 'weighted');
    if (!outcome.ok) throw new Error('no stack');
    const pick = outcome.stack.picks.find((p) => p.category === 'logging');
    expect(pick?.members.length).toBeGreaterThan(1);
    const roleWords = {
      collect: 'collection',
      ship: 'shipping',
      store: 'storage',
      search: 'search',
      visualise: 'dashboards',
      alert: 'alerting',
    };
    const list = within(layer('Logging')).getByRole('list', { name: 'Pipeline members' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(pick?.members.map((m) => `${m.option.name}: ${m.roles.map((r) => roleWords[r]).join(', ')}`));
  });
});
