import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../src/domain/schemas';
import { rank } from '../../src/domain/scoring';
import { describeReason, describeSource } from '../../src/words';
import OptionView from '../../src/features/option/option-view';
import ProfilesView from '../../src/features/profiles/profiles-view';
import { kb, renderWithKnowledge } from './render-app';

const heading = () => screen.getByRole('heading', { level: 1 });

describe('option names in the reader’s language', () => {
  it.each([
    ['en', 'Calico (BGP, no encapsulation)'],
    ['zh', 'Calico（BGP，无封装）'],
    ['ru', 'Calico (BGP, без инкапсуляции)'],
  ] as const)('names calico-bgp in %s as "%s"', (language, name) => {
    renderWithKnowledge(<OptionView id="calico-bgp" />, { language });
    expect(heading()).toHaveTextContent(name);
  });

  it('keeps a product name without words to translate as it is', () => {
    renderWithKnowledge(<OptionView id="macvlan" />, { language: 'zh' });
    expect(heading()).toHaveTextContent(/^Macvlan$/);
  });

  it('names the orchestrators that accept a plugin model in the reader’s language', () => {
    renderWithKnowledge(<OptionView id="docker-bridge" />, { language: 'ru' });
    expect(heading()).toHaveTextContent('Мост Docker (NAT)');
    expect(screen.getAllByText(/Только Docker Engine/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Docker Engine only/)).not.toBeInTheDocument();
  });
});

describe('counts in Russian', () => {
  const other = (facts: number, weights: number, must: number) =>
    profileSchema.parse({
      version: 1,
      environment: Object.fromEntries(
        (['bgp', 'l2', 'udpOffload', 'sriov', 'openstack'] as const).slice(0, facts).map((k) => [k, true]),
      ),
      weights: Object.fromEntries(
        ['throughput', 'latency', 'networkPolicy', 'simplicity', 'maturity']
          .slice(0, weights)
          .map((c) => [c, 3]),
      ),
      mustHave: ['crossHost', 'networkPolicy', 'throughput', 'latency', 'simplicity'].slice(0, must),
    });

  it.each<[number, number, number, string]>([
    [1, 2, 5, '1 факт, 2 веса, 5 обязательных критериев'],
    [5, 1, 2, '5 фактов, 1 вес, 2 обязательных критерия'],
    [2, 5, 1, '2 факта, 5 весов, 1 обязательный критерий'],
  ])('agrees %i facts, %i weights and %i must-haves with their numbers', (facts, weights, must, text) => {
    renderWithKnowledge(<ProfilesView />, {
      language: 'ru',
      otherProfile: { profile: other(facts, weights, must), method: undefined, from: 'link' },
    });
    expect(screen.getByText(`Сравнение со ссылкой: ${text}.`)).toBeInTheDocument();
  });
});

describe('undated sources', () => {
  const undated = kb.sources.find((s) => s.year === null);
  if (!undated) throw new Error('the knowledge base has an undated source');
  const ref = { source: undated.id, section: 'README' };

  it('says "undated" in the reader’s language in the app', () => {
    expect(describeSource(kb, ref, true, 'zh')).toContain('(无日期)');
    expect(describeSource(kb, ref, true, 'ru')).toContain('(без даты)');
  });

  it('keeps the English word where no language is given (the CLI)', () => {
    expect(describeSource(kb, ref)).toContain('(undated)');
  });
});

describe('orchestrators in exclusion reasons', () => {
  const ranking = rank(
    kb,
    profileSchema.parse({ version: 1, environment: { orchestrator: 'none' }, weights: {}, mustHave: [] }),
    {
      category: 'networking',
      method: 'weighted',
    },
  );
  const reason = ranking.excluded.flatMap((e) => e.reasons).find((r) => r.kind === 'pluginModel');
  if (!reason) throw new Error('a CNI-only option is excluded without an orchestrator');

  it('names them as the questionnaire does in the app', () => {
    expect(describeReason(kb, reason, 'ru', true)).toContain(
      'Оркестратор: Только Docker Engine, нужно Kubernetes',
    );
  });

  it('keeps the ids in the CLI’s wording', () => {
    expect(describeReason(kb, reason, 'en')).toContain(
      'environment.orchestrator is "none", needs "kubernetes"',
    );
  });
});
