import { useDeferredValue, useMemo } from 'react';
import type { CategoryId } from '@/domain/schemas';
import { useKnowledge, useProfile, useRanking } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useLocalize, useMessages } from '@/ui';
import { AssumptionList } from './assumption-list';
import { CategoryTabs } from './category-tabs';
import { ConfidencePanel } from './confidence-panel';
import { ExcludedList } from './excluded-list';
import { LifecycleToggle } from './lifecycle-toggle';
import { resultsMessages } from './messages';
import { MethodSwitch } from './method-switch';
import { RankedList } from './ranked-list';
import { WeightPanel } from './weight-panel';
import { WhatIfSection } from './what-if-section';
import './results.css';

function RankingSections({ category }: { category: CategoryId }) {
  const t = useMessages(resultsMessages);
  // Derived from the store on every change, so the list follows the weight sliders live.
  const ranking = useRanking(category);
  const profile = useProfile();
  // The sections below the list (confidence, exclusions, what-ifs, assumptions) take several times
  // the ranking's own work to re-derive and re-draw. They follow in a deferred render, so the frame
  // after a slider moves shows the new order without waiting for them; one pair, so they agree.
  const later = useDeferredValue(useMemo(() => ({ ranking, profile }), [ranking, profile]));
  const equal = ranking.assumptions.find((a) => a.kind === 'equalWeights');
  return (
    <>
      {equal ? (
        <p className="results-hint panel">
          {equal.mustHaves > 0 ? t.noWeightsMustHaves : t.noWeights}{' '}
          <Link to={routes.questionnaire()}>{t.noWeightsLink}</Link>
        </p>
      ) : null}
      <MethodSwitch />
      <LifecycleToggle />
      <div className="results-layout">
        <WeightPanel category={category} />
        <div className="results-main">
          <RankedList ranking={ranking} />
          <ConfidencePanel ranking={later.ranking} profile={later.profile} />
        </div>
      </div>
      <ExcludedList excluded={later.ranking.excluded} />
      <WhatIfSection ranking={later.ranking} profile={later.profile} />
      <AssumptionList assumptions={later.ranking.assumptions} />
    </>
  );
}

export default function ResultsView({ category }: { category: CategoryId }) {
  const { kb, complete } = useKnowledge();
  const localize = useLocalize();
  const t = useMessages(resultsMessages);
  const entry = kb.categories.find((c) => c.id === category);
  return (
    <div className="results-view">
      <h1>{format(t.title, { category: entry ? localize(entry.name) : category })}</h1>
      <CategoryTabs active={category} />
      {entry ? <p className="muted">{localize(entry.description)}</p> : null}
      {complete ? <RankingSections category={category} /> : <p aria-busy="true">{t.loading}</p>}
    </div>
  );
}
