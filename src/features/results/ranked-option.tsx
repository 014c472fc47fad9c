import { memo, useId, useState } from 'react';
import type { RankedOption as Ranked, WeightedCriterion } from '@/domain/scoring';
import { useAppStore } from '@/store';
import {
  format,
  Link,
  routes,
  ScoreBar,
  SourceCitation,
  StatusBadge,
  useKnowledge,
  useLocalize,
  useMessages,
} from '@/ui';
import { ContributionBar } from './contribution-bar';
import { EvidenceTable } from './evidence-table';
import { resultsMessages } from './messages';

interface Props {
  option: Ranked;
  position: number;
  /** Other options with exactly the same score, by name; empty when none. */
  tiedWith: string;
  criteria: readonly WeightedCriterion[];
  compared: boolean;
  compareDisabled: boolean;
}

function RankedOptionRow({ option, position, tiedWith, criteria, compared, compareDisabled }: Props) {
  const localize = useLocalize();
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
        {tiedWith ? (
          <span className="badge results-tie" title={format(t.tiedWith, { names: tiedWith })}>
            {t.tie} <span className="sr-only">{format(t.tiedWith, { names: tiedWith })}</span>
          </span>
        ) : null}
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
      {option.caveats.map((caveat, i) => (
        <p key={i} className="results-caveat">
          {localize(caveat.note)} <SourceCitation source={caveat.source} />
        </p>
      ))}
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
    prev.tiedWith === next.tiedWith &&
    prev.option.caveats.length === next.option.caveats.length &&
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
