import axe from 'axe-core';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Knowledge } from '../../../src/domain/knowledge';
import { profileSchema, type EnvironmentKey } from '../../../src/domain/schemas';
import QuestionnaireView from '../../../src/features/questionnaire/questionnaire-view';
import { useAppStore } from '../../../src/store';
import { KnowledgeContext } from '../../../src/knowledge-context';
import { kb, renderWithKnowledge } from '../../ui/render-app';

const question = (key: EnvironmentKey) => {
  const found = kb.environment.questions.find((q) => q.key === key);
  if (!found) throw new Error(`no question for ${key}`);
  return found;
};
const criterionName = (id: string, lang: 'en' | 'zh' = 'en') => {
  const criterion = kb.criterionById.get(id);
  if (!criterion) throw new Error(`no criterion ${id}`);
  return criterion.name[lang];
};
const categoryName = (id: string) => kb.categories.find((c) => c.id === id)?.name.en ?? id;
const profileOf = () => {
  const { environment, weights, mustHave } = useAppStore.getState();
  return { environment, weights, mustHave };
};
const withWeights = (weights: Record<string, number>, mustHave: string[] = []) =>
  profileSchema.parse({ version: 1, weights, mustHave });

describe('QuestionnaireView: environment', () => {
  it('answers BGP "no", then "unknown" removes the key', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    const bgp = screen.getByRole('group', { name: question('bgp').label.en });
    expect(within(bgp).getByRole('radio', { name: 'Unknown' })).toBeChecked();

    await userEvent.click(within(bgp).getByRole('radio', { name: 'No' }));
    expect(useAppStore.getState().environment).toEqual({ bgp: false });

    await userEvent.click(within(bgp).getByRole('radio', { name: 'Unknown' }));
    expect('bgp' in useAppStore.getState().environment).toBe(false);
  });

  it('shows each question with its explanation and how to find out', () => {
    renderWithKnowledge(<QuestionnaireView />);
    const offload = screen.getByRole('group', { name: question('udpOffload').label.en });
    expect(offload).toHaveAccessibleDescription(question('udpOffload').explanation.en.replace(/`/g, ''));
    // The command from the knowledge base is shown as code.
    const command = /`([^`]+)`/.exec(question('udpOffload').howToFind.en)?.[1] ?? '';
    expect(screen.getByText(command).tagName).toBe('CODE');
  });

  it('picks the orchestrator by its knowledge-base name and the cloud by a translated label', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    const swarm = kb.environment.orchestrators.find((o) => o.id === 'swarm');
    const orchestrator = screen.getByRole('combobox', { name: question('orchestrator').label.en });
    await userEvent.selectOptions(orchestrator, swarm?.name ?? 'swarm');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: question('cloud').label.en }),
      'Bare metal',
    );
    expect(useAppStore.getState().environment).toEqual({ orchestrator: 'swarm', cloud: 'bare-metal' });

    await userEvent.selectOptions(orchestrator, 'Unknown');
    expect(useAppStore.getState().environment).toEqual({ cloud: 'bare-metal' });
  });

  it('rejects kernel "4" with a message and stores "4.19"', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    const kernel = screen.getByRole('textbox', { name: question('kernel').label.en });

    await userEvent.type(kernel, '4');
    await userEvent.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('major.minor');
    expect(kernel).toHaveAttribute('aria-invalid', 'true');
    expect('kernel' in useAppStore.getState().environment).toBe(false);

    await userEvent.type(kernel, '.19');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useAppStore.getState().environment.kernel).toBe('4.19');

    await userEvent.clear(kernel);
    expect('kernel' in useAppStore.getState().environment).toBe(false);
  });

  it('asks how many hosts: rejects "0" and "12.5", stores 120 as a number', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    const hosts = screen.getByRole('textbox', { name: question('hosts').label.en });
    await userEvent.type(hosts, '0');
    await userEvent.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('whole number of hosts');
    expect('hosts' in useAppStore.getState().environment).toBe(false);
    await userEvent.clear(hosts);
    await userEvent.type(hosts, '12.5');
    await userEvent.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('whole number of hosts');
    // Only a valid number reaches the store (here the "12" typed on the way).
    expect(useAppStore.getState().environment.hosts).not.toBe(12.5);
    await userEvent.clear(hosts);
    await userEvent.type(hosts, '120');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(useAppStore.getState().environment.hosts).toBe(120);
  });

  it.each(['openstack', 'saas'] as const)('asks the v1.1 fact %s as yes / no / unknown', async (key) => {
    renderWithKnowledge(<QuestionnaireView />);
    const group = screen.getByRole('group', { name: question(key).label.en });
    await userEvent.click(within(group).getByRole('radio', { name: 'Yes' }));
    expect(useAppStore.getState().environment[key]).toBe(true);
  });
});

describe('QuestionnaireView: weights', () => {
  it('moving a slider updates the store, the shown value and the category count', () => {
    renderWithKnowledge(<QuestionnaireView />);
    const slider = screen.getByRole('slider', { name: criterionName('throughput') });
    expect(slider).toHaveAttribute('aria-valuetext', '0 of 5');

    fireEvent.change(slider, { target: { value: '4' } });
    expect(useAppStore.getState().weights).toEqual({ throughput: 4 });
    expect(slider).toHaveAttribute('aria-valuetext', '4 of 5');
    expect(slider.closest('li')).toHaveTextContent(/4\s*Must have/);
    expect(screen.getByRole('button', { name: /Networking/ })).toHaveTextContent('1 weighted · 0 must-haves');
  });

  it('opens networking first; other categories are collapsed disclosures', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    expect(screen.getByRole('button', { name: /Networking/ })).toHaveAttribute('aria-expanded', 'true');
    const orchestration = screen.getByRole('button', { name: new RegExp(categoryName('orchestration')) });
    expect(orchestration).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('slider', { name: criterionName('rollback') })).not.toBeInTheDocument();

    await userEvent.click(orchestration);
    expect(orchestration).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('slider', { name: criterionName('rollback') })).toBeInTheDocument();
  });

  it('a shared criterion is one weight in every category, and says so', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(categoryName('registry')) }));
    // selfHosted is not in networking; imageSigning is registry + security.
    const signing = screen.getByRole('slider', { name: criterionName('imageSigning') });
    expect(signing).toHaveAccessibleDescription(new RegExp(`Shared with ${categoryName('security')}`));

    const [inNetworking, inRegistry] = screen.getAllByRole('slider', { name: criterionName('simplicity') });
    fireEvent.change(inRegistry ?? signing, { target: { value: '3' } });
    expect(useAppStore.getState().weights).toEqual({ simplicity: 3 });
    expect(inNetworking).toHaveAttribute('aria-valuetext', '3 of 5');
    expect(screen.getByRole('button', { name: /Networking/ })).toHaveTextContent('1 weighted');
    expect(screen.getByRole('button', { name: new RegExp(categoryName('security')) })).toHaveTextContent(
      '1 weighted',
    );
  });

  it('toggles a must-have', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    const box = screen.getByRole('checkbox', { name: `Must have: ${criterionName('crossHost')}` });
    await userEvent.click(box);
    expect(useAppStore.getState().mustHave).toEqual(['crossHost']);
    expect(screen.getByRole('button', { name: /Networking/ })).toHaveTextContent('1 must-have');
    await userEvent.click(box);
    expect(useAppStore.getState().mustHave).toEqual([]);
  });
});

describe('QuestionnaireView: presets, reset and summary', () => {
  it.each(kb.presets.map((preset, i) => [preset.name.en, i] as const))(
    'applying "%s" loads its profile and marks it active',
    async (name, i) => {
      renderWithKnowledge(<QuestionnaireView />);
      await userEvent.click(screen.getByRole('button', { name: `Apply ${name}` }));
      const { environment, weights, mustHave } =
        kb.presets[i]?.profile ?? profileSchema.parse({ version: 1 });
      expect(profileOf()).toEqual({ environment, weights, mustHave });
      const card = screen.getByRole('heading', { name }).closest('li');
      expect(card).toHaveTextContent('Matches your profile');
      expect(screen.getAllByText('✓ Matches your profile')).toHaveLength(1);
      expect(screen.getByRole('status')).toHaveTextContent(name);
    },
  );

  it('a changed weight ends the match; undo brings back the profile before the preset', async () => {
    renderWithKnowledge(<QuestionnaireView />, withWeights({ latency: 2 }));
    const preset = kb.presets[0];
    if (!preset) throw new Error('no presets');
    await userEvent.click(screen.getByRole('button', { name: `Apply ${preset.name.en}` }));
    fireEvent.change(screen.getByRole('slider', { name: criterionName('latency') }), {
      target: { value: '0' },
    });
    expect(screen.queryByText('✓ Matches your profile')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(profileOf()).toEqual({ environment: {}, weights: { latency: 2 }, mustHave: [] });
  });

  it('reset needs confirmation', async () => {
    renderWithKnowledge(<QuestionnaireView />, {
      ...withWeights({ throughput: 5 }, ['crossHost']),
      environment: { bgp: true },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Reset profile' }));
    expect(profileOf().weights).toEqual({ throughput: 5 });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(profileOf()).toEqual({
      environment: { bgp: true },
      weights: { throughput: 5 },
      mustHave: ['crossHost'],
    });

    await userEvent.click(screen.getByRole('button', { name: 'Reset profile' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm reset' }));
    expect(profileOf()).toEqual({ environment: {}, weights: {}, mustHave: [] });
    expect(screen.getByRole('button', { name: 'Reset profile' })).toHaveFocus();
    const bgp = screen.getByRole('group', { name: question('bgp').label.en });
    expect(within(bgp).getByRole('radio', { name: 'Unknown' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('Profile cleared.');
  });

  it('summarises the profile and links to the networking results', () => {
    renderWithKnowledge(<QuestionnaireView />, {
      ...withWeights({ throughput: 5, latency: 0, simplicity: 2 }, ['crossHost']),
      environment: { bgp: false, kernel: '4.19' },
    });
    const [top] = screen.getAllByText(/Weighted criteria/);
    expect(top).toHaveTextContent('Weighted criteria: 2 · must-haves: 1 · environment facts known: 2 of 10');
    for (const link of screen.getAllByRole('link', { name: /See the ranking/ })) {
      expect(link).toHaveAttribute('href', '#/results/networking');
    }
    const stackLinks = screen.getAllByRole('link', { name: /See your stack/ });
    expect(stackLinks.length).toBeGreaterThan(0);
    for (const link of stackLinks) expect(link).toHaveAttribute('href', '#/stack');
  });

  it('a preset loaded elsewhere shows in the kernel field', () => {
    renderWithKnowledge(<QuestionnaireView />);
    const kernel = screen.getByRole('textbox', { name: question('kernel').label.en });
    act(() => useAppStore.getState().setEnvironment('kernel', '5.10'));
    expect(kernel).toHaveValue('5.10');
  });
});

describe('QuestionnaireView: language and loading', () => {
  it('shows Chinese labels when the store language is zh', async () => {
    renderWithKnowledge(<QuestionnaireView />);
    const preset = kb.presets[1];
    await userEvent.click(screen.getByRole('button', { name: `Apply ${preset?.name.en ?? ''}` }));
    act(() => useAppStore.getState().setLanguage('zh'));
    expect(screen.getByRole('status')).toHaveTextContent(preset?.name.zh ?? '-');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('描述你的环境和需求');
    const bgp = screen.getByRole('group', { name: question('bgp').label.zh });
    expect(within(bgp).getByRole('radio', { name: '否' })).toBeInTheDocument();
    expect(screen.getByRole('slider', { name: criterionName('throughput', 'zh') })).toHaveAttribute(
      'aria-valuetext',
      expect.stringMatching(/^\d 分（满分 5 分）$/),
    );
    expect(screen.getByRole('heading', { name: kb.presets[0]?.name.zh })).toBeInTheDocument();
  });

  it('works with the core knowledge only (no options yet)', () => {
    const core: Knowledge = {
      ...kb,
      options: [],
      optionById: new Map(),
      optionsByCategory: new Map(),
      caseStudies: [],
      benchmarks: [],
    };
    render(
      <KnowledgeContext.Provider value={{ kb: core, complete: false }}>
        <QuestionnaireView />
      </KnowledgeContext.Provider>,
    );
    expect(screen.getByRole('group', { name: question('sriov').label.en })).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Apply / })).toHaveLength(kb.presets.length);
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });

  it('has no axe violations, also with a category open and a kernel error', async () => {
    const { container } = renderWithKnowledge(<QuestionnaireView />);
    await userEvent.click(screen.getByRole('button', { name: new RegExp(categoryName('monitoring')) }));
    await userEvent.type(screen.getByRole('textbox', { name: question('kernel').label.en }), '4');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('button', { name: 'Reset profile' }));
    // jsdom cannot compute colours; contrast is checked in the browser.
    const result = await axe.run(container, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});
