import { memo, useId, useState } from 'react';
import type { RankedOption as Ranked, WeightedCriterion } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { format, Link, routes, ScoreBar, StatusBadge, useKnowledge, useMessages } from '@/ui';
import { ContributionBar } from './contribution-bar';
import { EvidenceTable } from './evidence-table';
import { resultsMessages } from './messages';

interface Props {
  option: Ranked;
  position: number;
  criteria: readonly WeightedCriterion[];
  compared: boolean;
  compareDisabled: boolean;
}

function RankedOptionRow({ option, position, criteria, compared, compareDisabled }: Props) {
  const { kb } = useKnowledge();
  const t = useMessages(resultsMessages);
  const toggleCompared = useAppStore((s) => s.toggleCompared);
  const [expanded, setExpanded] = useState(false);
  const detailsId = useId();
  const state = kb.optionById.get(option.id)?.status.state;
  // The visible "Details"/"Compare" repeat on every row; the hidden name tells them apart.
  const hiddenName = <span className="sr-only">{option.name}</span>;
  return (
    <li className="results-option">
      <div className="results-option-row">
        <span className="results-rank">{position}.</span>
        <h3 className="results-option-name">
          <Link to={routes.option(option.id)}>{option.name}</Link>
        </h3>
        {state ? <StatusBadge state={state} /> : null}
        <ScoreBar score={option.score} label={format(t.scoreOf, { name: option.name })} />
        <span className="results-option-actions">
          <label className="results-compare">
            <input
              type="checkbox"
              checked={compared}
              disabled={compareDisabled && !compared}
              onChange={() => toggleCompared(option.id)}
            />{' '}
            {t.compare} {hiddenName}
          </label>
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t.hideDetails : t.details} {hiddenName}
          </button>
        </span>
      </div>
      {/* Evidence is resolved only for expanded rows: collapsed ones stay cheap while weights move. */}
      <div id={detailsId} className="results-details" hidden={!expanded}>
        {expanded ? (
          <>
            <ContributionBar option={option} criteria={criteria} />
            <EvidenceTable option={option} criteria={criteria} />
          </>
        ) : null}
      </div>
    </li>
  );
}

const sameNumbers = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

const sameCriteria = (a: readonly WeightedCriterion[], b: readonly WeightedCriterion[]) =>
  a.length === b.length && a.every((c, i) => c.criterion === b[i]?.criterion && c.weight === b[i]?.weight);

// Each ranking run builds new objects; compare by value so unchanged rows skip re-rendering.
function sameRow(prev: Props, next: Props): boolean {
  return (
    prev.position === next.position &&
    prev.compared === next.compared &&
    prev.compareDisabled === next.compareDisabled &&
    prev.option.id === next.option.id &&
    prev.option.score === next.option.score &&
    sameNumbers(prev.option.levels, next.option.levels) &&
    sameNumbers(prev.option.contributions, next.option.contributions) &&
    sameCriteria(prev.criteria, next.criteria)
  );
}

export const RankedOption = memo(RankedOptionRow, sameRow);
