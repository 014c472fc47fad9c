import { useKnowledge } from '@/knowledge-context';
import { useMessages } from '@/ui';
import { CaseStudiesSection } from './case-studies-section';
import { BenchmarksSection } from './benchmarks-section';
import { DependenciesSection } from './dependencies-section';
import { MaintenanceSection } from './maintenance-section';
import { optionMessages } from './messages';
import { NotFound } from './not-found';
import { OptionHeader } from './option-header';
import { PluginModelsSection } from './plugin-models-section';
import { ProsConsSection } from './pros-cons-section';
import { RankingSection } from './ranking-section';
import { RequirementsSection } from './requirements-section';
import { ValuesSection } from './values-section';
import './option.css';

/** Everything the knowledge base says about one option, and how it fares for the user's profile. */
export default function OptionView({ id }: { id: string }) {
  const t = useMessages(optionMessages);
  const { kb, complete } = useKnowledge();
  if (!complete) return <p aria-busy="true">{t.loading}</p>;
  const option = kb.optionById.get(id);
  if (!option) return <NotFound id={id} />;
  return (
    <article className="option">
      <OptionHeader option={option} />
      <RankingSection option={option} />
      <RequirementsSection option={option} />
      {option.pluginModels && <PluginModelsSection pluginModels={option.pluginModels} />}
      <DependenciesSection option={option} />
      <MaintenanceSection option={option} />
      <ValuesSection option={option} />
      <ProsConsSection option={option} />
      <CaseStudiesSection id={option.id} />
      <BenchmarksSection id={option.id} />
    </article>
  );
}
