import type { RankedOption, WeightedCriterion } from '@/domain/scoring';
import { useKnowledge, useKnowledgeNeeds } from '@/knowledge-context';
import { useMessages } from '@/ui';
import { ContributionBar } from './contribution-bar';
import { EvidenceTable } from './evidence-table';
import { resultsMessages } from './messages';

interface Props {
  option: RankedOption;
  criteria: readonly WeightedCriterion[];
}

/**
 * An option's evidence, criterion by criterion: its notes, the benchmarks measured for it and their
 * sources load when the first row of the category is opened.
 */
export function RowDetails({ option, criteria }: Props) {
  const { kb } = useKnowledge();
  const t = useMessages(resultsMessages);
  const category = kb.optionById.get(option.id)?.category ?? '';
  const ready = useKnowledgeNeeds([`text:${category}.detail`, 'text:benchmarks', `sources:${category}`]);
  if (!ready) return <p aria-busy="true">{t.loading}</p>;
  return (
    <>
      <ContributionBar option={option} criteria={criteria} />
      <EvidenceTable option={option} criteria={criteria} />
    </>
  );
}
