import type { CategoryId } from '@/domain/schemas';
import { format, Link, routes, useKnowledge, useLocalize, useMessages, useRanking } from '@/ui';
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
          <ConfidencePanel ranking={ranking} />
        </div>
      </div>
      <ExcludedList excluded={ranking.excluded} />
      <WhatIfSection ranking={ranking} />
      <AssumptionList assumptions={ranking.assumptions} />
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
