import { memo, useId } from 'react';
import type { RankedOption as Ranked, WeightedCriterion } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import {
  format,
  OverlayMark,
  ScoreBar,
  SourceCitation,
  StatusBadge,
  useLocalize,
  useMessages,
  useOptionName,
} from '@/ui';
import { resultsMessages } from './messages';
import { optionFacts } from '@/domain/overlay/cell-facts';
import { RowDetails } from './row-details';

interface Props {
  option: Ranked;
  position: number;
  /** Other options with exactly the same score, by name; empty when none. */
  tiedWith: string;
  criteria: readonly WeightedCriterion[];
  compared: boolean;
  compareDisabled: boolean;
  /** Whether the option's evidence is open; kept by option, not by place, by the list. */
  expanded: boolean;
  onExpand: (id: Ranked['id'], expanded: boolean) => void;
}

interface SummaryProps extends Omit<Props, 'criteria'> {
  detailsId: string;
}

function RowSummary({
  option,
  position,
  tiedWith,
  compared,
  compareDisabled,
  expanded,
  detailsId,
  onExpand,
}: SummaryProps) {
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const t = useMessages(resultsMessages);
  const name = useOptionName()(option);
  const state = kb.optionById.get(option.id)?.status.state;
  // The visible "Details"/"Compare" repeat on every row; the hidden name tells them apart.
  const hiddenName = <span className="sr-only">{name}</span>;
  return (
    <>
      <div className="results-option-row">
        <span className="results-rank">{position}.</span>
        <h3 className="results-option-name">
          <Link to={routes.option(option.id)}>{name}</Link>
        </h3>
        {state ? <StatusBadge state={state} /> : null}
        <OverlayMark facts={optionFacts(kb, option.id)} />
        <ScoreBar score={option.score} label={format(t.scoreOf, { name })} />
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
              // Read when clicked: a subscription per row would be one more check per store change.
              onChange={() => useAppStore.getState().toggleCompared(option.id)}
            />{' '}
            {t.compare} {hiddenName}
          </label>
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => onExpand(option.id, !expanded)}
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
    </>
  );
}

// Caveats are the knowledge base's own notes and sources, so identity tells them apart.
const sameCaveats = (a: Ranked['caveats'], b: Ranked['caveats']): boolean =>
  a.length === b.length && a.every((c, i) => c.note === b[i]?.note && c.source === b[i]?.source);

// The score as the summary shows it: the bar's percentage and two decimals.
const shownScore = (score: number): string => `${Math.round(score * 100)} ${score.toFixed(2)}`;

/*
 * Each ranking run builds new objects, and a weight change moves nearly every score in its last
 * digits, every contribution and the weights in `criteria`. The summary shows none of those, so
 * it compares only what it shows: a row whose option, place and shown score stayed is not redrawn.
 */
const sameSummary = (prev: SummaryProps, next: SummaryProps): boolean =>
  prev.option.id === next.option.id &&
  shownScore(prev.option.score) === shownScore(next.option.score) &&
  sameCaveats(prev.option.caveats, next.option.caveats) &&
  prev.position === next.position &&
  prev.tiedWith === next.tiedWith &&
  prev.compared === next.compared &&
  prev.compareDisabled === next.compareDisabled &&
  prev.expanded === next.expanded &&
  prev.detailsId === next.detailsId &&
  prev.onExpand === next.onExpand;

const MemoSummary = memo(RowSummary, sameSummary);

/** One ranked option: its summary line, and its evidence once opened. */
export function RankedOption({ criteria, ...summary }: Props) {
  const detailsId = useId();
  return (
    <li className="results-option">
      <MemoSummary {...summary} detailsId={detailsId} />
      {/* Evidence is resolved only for expanded rows: collapsed ones stay cheap while weights move. */}
      <div id={detailsId} className="results-details" hidden={!summary.expanded}>
        {summary.expanded ? <RowDetails option={summary.option} criteria={criteria} /> : null}
      </div>
    </li>
  );
}
