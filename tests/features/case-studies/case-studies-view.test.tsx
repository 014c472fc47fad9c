import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../src/domain/schemas';
import { describeReason } from '../../../src/domain/scoring';
import { caseFits } from '../../../src/domain/stack/case-fit';
import CaseStudiesView from '../../../src/features/case-studies/case-studies-view';
import { kb, renderWithKnowledge } from '../../ui/render-app';

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

  it('orders by closeness to the profile by default once weights are set, and the order follows the environment', () => {
    const order = (id: string) => {
      const fits = caseFits(kb, preset(id), 'weighted');
      return [...kb.caseStudies]
        .sort(
          (a, b) =>
            (fits.get(b.id)?.fit ?? -1) - (fits.get(a.id)?.fit ?? -1) ||
            a.company.en.localeCompare(b.company.en, 'en'),
        )
        .map((s) => s.company.en);
    };
    const view = renderList(profileState(preset('public-cloud-no-bgp')));
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('fit');
    const cloud = cardNames();
    expect(cloud).toEqual(order('public-cloud-no-bgp'));
    view.unmount();
    renderList(profileState(preset('private-dc-l2')));
    const l2 = cardNames();
    expect(l2).toEqual(order('private-dc-l2'));
    expect(l2).not.toEqual(cloud);
    const shurenyun = study('shurenyun').company.en;
    expect(l2.indexOf(shurenyun)).toBeLessThan(cloud.indexOf(shurenyun));
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

  it('explains the fit layer by layer, with exclusion reasons from the engine', () => {
    const profile = preset('public-cloud-no-bgp');
    renderWithKnowledge(<CaseStudiesView id="shurenyun" />, profileState(profile));
    const fit = caseFits(kb, profile, 'weighted').get('shurenyun');
    const layer = fit?.layers[0];
    if (!layer) throw new Error('shurenyun has a layer with options');
    const section = screen.getByRole('region', { name: 'Fit for your profile' });
    expect(section).toHaveTextContent(`${kb.optionById.get(layer.optionId)?.name} is excluded in Networking`);
    for (const reason of layer.reasons) expect(section).toHaveTextContent(describeReason(kb, reason, 'en'));
    expect(within(section).getByRole('link', { name: 'Full ranking: Networking' })).toHaveAttribute(
      'href',
      '#/results/networking',
    );
  });

  it('says where a feasible option ranks', () => {
    const profile = preset('private-dc-l2');
    const [id, layer] = [...caseFits(kb, profile, 'weighted')]
      .map(
        ([studyId, fit]) =>
          [studyId, fit.layers.find((l) => l.category === 'networking' && !l.excluded)] as const,
      )
      .find(([, l]) => l !== undefined) ?? ['', undefined];
    renderWithKnowledge(<CaseStudiesView id={id} />, profileState(profile));
    const name = layer && kb.optionById.get(layer.optionId)?.name;
    const place =
      layer?.position === 1
        ? '1st'
        : layer?.position === 2
          ? '2nd'
          : layer?.position === 3
            ? '3rd'
            : `${layer?.position}th`;
    expect(screen.getByRole('region', { name: 'Fit for your profile' })).toHaveTextContent(
      `${name} ranks ${place} of ${layer?.feasible} in Networking for your profile`,
    );
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
    const { container } = renderWithKnowledge(<CaseStudiesView id="meizu" />);
    await expectNoAxeViolations(container);
  });
});
