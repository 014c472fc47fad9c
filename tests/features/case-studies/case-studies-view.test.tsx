import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/domain/schemas';
import { orderCases } from '../../../src/domain/cases';
import CaseStudiesView from '../../../src/features/case-studies/case-studies-view';
import { kb, renderWithKnowledge, resetStore } from '../../ui/render-app';

const total = kb.caseStudies.length;
const study = (id: string) => {
  const found = kb.caseStudies.find((s) => s.id === id);
  if (!found) throw new Error(`no case study ${id}`);
  return found;
};
const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.profile;
};
const profileState = (p: Profile) => ({
  environment: p.environment,
  weights: p.weights,
  mustHave: p.mustHave,
});
const cardNames = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const renderList = (state = {}) => renderWithKnowledge(<CaseStudiesView id={undefined} />, state);

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
    // jsdom has no layout, so contrast is checked in the browser (e2e), not here.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
}

describe('case studies list', () => {
  it('shows a loading paragraph until the full knowledge base has arrived', () => {
    renderWithKnowledge(<CaseStudiesView id={undefined} />, {}, false);
    expect(screen.getByText('Loading case studies…')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
  });

  it('lists all companies, each linking to its detail, by name when no weight is set', () => {
    renderList();
    expect(screen.getByRole('heading', { level: 1, name: 'Case studies' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${total} of ${total} companies`);
    const names = kb.caseStudies.map((s) => s.company.en);
    expect(cardNames()).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    for (const s of kb.caseStudies) {
      expect(screen.getByRole('link', { name: s.company.en })).toHaveAttribute('href', `#/cases/${s.id}`);
    }
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('name');
  });

  it('filters by an option used and writes the filter into the URL', async () => {
    renderList();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Option used' }), 'macvlan');
    const users = kb.caseStudies.filter((s) => s.stack.some((l) => l.options.some((o) => o === 'macvlan')));
    expect(users.map((s) => s.id)).toContain('shurenyun');
    expect(cardNames().sort()).toEqual(users.map((s) => s.company.en).sort());
    expect(screen.getByRole('status')).toHaveTextContent(`${users.length} of ${total} companies`);
    expect(window.location.hash).toBe('#/cases?option=macvlan');
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cardNames()).toHaveLength(total);
  });

  it('reads filters from the URL (so other views can link to a filtered list)', () => {
    window.location.hash = '#/cases?category=logging';
    renderList();
    expect(screen.getByRole('combobox', { name: 'Layer' })).toHaveValue('logging');
    const withLogging = kb.caseStudies.filter((s) => s.stack.some((l) => l.category === 'logging'));
    expect(cardNames().sort()).toEqual(withLogging.map((s) => s.company.en).sort());
  });

  it('filters by layer category, scale and company name', async () => {
    renderList();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layer' }), 'registry');
    const withRegistry = kb.caseStudies.filter((s) => s.stack.some((l) => l.category === 'registry'));
    expect(cardNames().sort()).toEqual(withRegistry.map((s) => s.company.en).sort());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Layer' }), '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Scale' }), 'containers10k');
    const big = kb.caseStudies.filter((s) => (s.scale.containers?.value ?? 0) >= 10000);
    expect(cardNames().sort()).toEqual(big.map((s) => s.company.en).sort());
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Scale' }), 'any');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Company name' }), 'pptv');
    expect(cardNames()).toEqual([study('pptv').company.en]);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Company name' }), 'zzz');
    expect(screen.getByText('No company matches these filters.')).toBeInTheDocument();
  });

  it('shows each card’s options as links into the option pages and its largest figure', () => {
    renderList();
    const jd = study('jd');
    const card = screen.getByRole('link', { name: jd.company.en }).closest('li');
    if (!card) throw new Error('card expected');
    const links = within(card).getByRole('list', { name: 'Options used' });
    for (const id of jd.stack.flatMap((l) => l.options)) {
      const name = kb.optionById.get(id)?.name ?? id;
      expect(within(links).getByRole('link', { name })).toHaveAttribute('href', `#/options/${id}`);
    }
    expect(card).toHaveTextContent('Scale: at least 100,000 containers');
  });

  it('orders by similarity to the situation by default once the profile states something', () => {
    const order = (id: string) =>
      orderCases(kb, preset(id)).map((c) => kb.caseStudies.find((s) => s.id === c.id)?.company.en);
    const view = renderList(profileState(preset('public-cloud-no-bgp')));
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('closest');
    const cloud = cardNames();
    expect(cloud).toEqual(order('public-cloud-no-bgp'));
    view.unmount();
    renderList(profileState(preset('private-dc-l2')));
    const l2 = cardNames();
    expect(l2).toEqual(order('private-dc-l2'));
    expect(l2.slice(0, 3)).toEqual(
      expect.arrayContaining([study('pptv').company.en, study('shurenyun').company.en]),
    );
    expect(l2.indexOf(study('pptv').company.en)).toBeLessThan(cloud.indexOf(study('pptv').company.en));
  });

  it('shows on each card the similarity, what is in common, what differs and what the case does not say', () => {
    renderList(profileState(preset('private-dc-l2')));
    const card = screen.getByRole('link', { name: study('pptv').company.en }).closest('li');
    if (!card) throw new Error('card expected');
    expect(
      within(card).getByRole('img', { name: /^Similarity to your situation: \d+%$/ }),
    ).toBeInTheDocument();
    const terms = within(card)
      .getAllByRole('term')
      .map((t) => t.textContent);
    const definitions = within(card)
      .getAllByRole('definition')
      .map((d) => d.textContent);
    expect(terms).toEqual(['In common', 'Different', 'The case does not say']);
    expect(definitions[0]).toBe('Where the hosts run, L2 access you control, Legacy interop');
    expect(definitions[1]).toBe('none');
    expect(definitions[2]).toContain('BGP peering available');
  });

  it('says on a card when there is nothing to compare, and shows no similarity without a profile', () => {
    const view = renderList(profileState(preset('private-dc-l2')));
    const didi = screen.getByRole('link', { name: study('didi').company.en }).closest('li');
    if (!didi) throw new Error('card expected');
    expect(didi).toHaveTextContent(
      'Nothing to compare: the case states none of the facts and needs your profile gives.',
    );
    view.unmount();
    resetStore();
    renderList();
    expect(screen.queryByText('Similarity to your situation')).not.toBeInTheDocument();
  });

  it('sorts by year, newest first', async () => {
    renderList();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'year');
    const years = cardNames().map((name) => kb.caseStudies.find((s) => s.company.en === name)?.year ?? 0);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });

  it('speaks Chinese', () => {
    renderList({ language: 'zh' });
    expect(screen.getByRole('heading', { level: 1, name: '案例研究' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`${total} 家公司中的 ${total} 家`);
    expect(screen.getByRole('combobox', { name: '使用的方案' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: study('meizu').company.zh })).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderList(profileState(preset('public-cloud-no-bgp')));
    await expectNoAxeViolations(container);
  });
});

describe('case study detail', () => {
  it('draws JD: scale figure with "at least", lessons with sources, option links, a link back', () => {
    renderWithKnowledge(<CaseStudiesView id="jd" />);
    const jd = study('jd');
    expect(screen.getByRole('heading', { level: 1, name: jd.company.en })).toBeInTheDocument();
    expect(screen.getByText('at least 100,000 containers')).toBeInTheDocument();
    const lessons = screen.getByRole('region', { name: 'Lessons' });
    for (const lesson of jd.lessons) expect(lessons).toHaveTextContent(lesson.text.en);
    expect(within(lessons).getAllByText((_, el) => el?.tagName === 'CITE')).toHaveLength(jd.lessons.length);
    for (const id of jd.stack.flatMap((l) => l.options)) {
      const name = kb.optionById.get(id)?.name ?? id;
      expect(
        screen.getAllByRole('link', { name }).some((a) => a.getAttribute('href') === `#/options/${id}`),
      ).toBe(true);
    }
    expect(screen.getByRole('link', { name: '← All case studies' })).toHaveAttribute('href', '#/cases');
  });

  it('draws one band per layer with its category, detail and source', () => {
    renderWithKnowledge(<CaseStudiesView id="meizu" />);
    const meizu = study('meizu');
    const stack = screen.getByRole('region', { name: 'Stack, layer by layer' });
    const bands = within(stack).getAllByRole('heading', { level: 3 });
    expect(bands).toHaveLength(meizu.stack.length);
    const names = bands.map((b) => b.textContent);
    for (const layer of meizu.stack) {
      expect(names).toContain(kb.categories.find((c) => c.id === layer.category)?.name.en);
      expect(stack).toHaveTextContent(layer.detail.en);
    }
    expect(screen.getByText('The sources give no scale figures.')).toBeInTheDocument();
    expect(screen.getByText('No problems recorded.')).toBeInTheDocument();
  });

  it('explains the similarity: in common, with sources, and what the case does not say', () => {
    renderWithKnowledge(<CaseStudiesView id="pptv" />, profileState(preset('private-dc-l2')));
    const section = screen.getByRole('region', { name: 'Similarity to your situation' });
    expect(
      within(section).getByRole('img', { name: /^Similarity to your situation: \d+%$/ }),
    ).toBeInTheDocument();
    const common = within(section).getByRole('region', { name: 'In common' });
    const items = within(common).getAllByRole('listitem');
    expect(items.map((li) => li.firstChild?.textContent?.trim())).toEqual([
      'Where the hosts run: private data centre',
      'L2 access you control: yes',
      'Legacy interop: the company needed it; a must-have for you',
    ]);
    for (const li of items)
      expect(within(li).getByText((_, el) => el?.tagName === 'CITE')).toBeInTheDocument();
    expect(within(section).queryByRole('region', { name: 'Different' })).not.toBeInTheDocument();
    expect(within(section).getByRole('region', { name: 'The case does not say' })).toHaveTextContent(
      'BGP peering available (you: no)',
    );
  });

  it('says what differs, in your words and the case’s', () => {
    renderWithKnowledge(<CaseStudiesView id="pptv" />, profileState(preset('public-cloud-no-bgp')));
    const different = screen.getByRole('region', { name: 'Different' });
    expect(different).toHaveTextContent(
      'Where the hosts run: you public cloud, the case private data centre',
    );
    expect(different).toHaveTextContent('L2 access you control: you no, the case yes');
  });

  it('compares the size on a log scale and reports what your profile leaves open', () => {
    renderWithKnowledge(<CaseStudiesView id="tencent-gaia" />, { environment: { hosts: 50 } });
    expect(screen.getByRole('region', { name: 'In common' })).toHaveTextContent(
      'Size: you have 50 hosts, the case about 15,000 containers',
    );
    const open = screen.getByRole('region', { name: 'Your profile leaves open' });
    expect(open).toHaveTextContent('Orchestrator: the case says Kubernetes');
    expect(open).toHaveTextContent('L2 access you control: the case says yes');
  });

  it('says when there is nothing to compare, and asks for a profile when there is none', () => {
    const view = renderWithKnowledge(<CaseStudiesView id="didi" />, profileState(preset('private-dc-l2')));
    expect(
      screen.getByText('Nothing to compare: the case states none of the facts and needs your profile gives.'),
    ).toBeInTheDocument();
    view.unmount();
    resetStore();
    renderWithKnowledge(<CaseStudiesView id="pptv" />);
    const section = screen.getByRole('region', { name: 'Similarity to your situation' });
    expect(section).toHaveTextContent('Your profile states no facts or requirements yet');
    expect(within(section).getByRole('link', { name: 'Set your requirements' })).toHaveAttribute(
      'href',
      '#/',
    );
  });

  it('explains the similarity in Russian and Chinese', () => {
    const view = renderWithKnowledge(<CaseStudiesView id="pptv" />, {
      ...profileState(preset('public-cloud-no-bgp')),
      language: 'ru',
    });
    expect(screen.getByRole('region', { name: 'Различия' })).toHaveTextContent(
      'Где работают хосты: у вас — публичное облако, в примере — частный ЦОД',
    );
    view.unmount();
    renderWithKnowledge(<CaseStudiesView id="pptv" />, {
      ...profileState(preset('private-dc-l2')),
      language: 'zh',
    });
    expect(screen.getByRole('region', { name: '相同之处' })).toHaveTextContent('可控的二层网络：是');
  });

  it('speaks Chinese, qualifiers included', () => {
    renderWithKnowledge(<CaseStudiesView id="jd" />, { language: 'zh' });
    expect(screen.getByRole('heading', { level: 1, name: study('jd').company.zh })).toBeInTheDocument();
    expect(screen.getByText('至少 100,000 个容器')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: '经验' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← 全部案例' })).toBeInTheDocument();
  });

  it('says so for an unknown id', () => {
    renderWithKnowledge(<CaseStudiesView id="nobody" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Case study not found' })).toBeInTheDocument();
    expect(screen.getByText('There is no case study with the id “nobody”.')).toBeInTheDocument();
  });

  it('has no axe violations', async () => {
    const { container } = renderWithKnowledge(
      <CaseStudiesView id="meizu" />,
      profileState(preset('private-dc-l2')),
    );
    await expectNoAxeViolations(container);
  });
});
