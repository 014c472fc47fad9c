import { useMemo } from 'react';
import type { Ranking } from '@/domain/scoring';
import type { StackPick } from '@/domain/stack';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, OverlayMark, StatusBadge, useLocalize, useMessages, useOptionName } from '@/ui';
import { diagramMessages } from './diagram-messages';
import { stackMessages } from './messages';
import { optionFacts } from '@/domain/overlay/cell-facts';
import { scoreFacts } from './overlay-facts';

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

interface Props {
  pick: StackPick;
  /** The layer's ranking: the criteria its score counts. */
  ranking: Ranking | undefined;
  confidence: number | undefined;
}

/** One layer: the pick, its score and margin, status, and the alternatives with their cost. */
export function StackLayer({ pick, ranking, confidence }: Props) {
  const t = useMessages(stackMessages);
  const d = useMessages(diagramMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const optionName = useOptionName();
  const setChoice = useAppStore((s) => s.setChoice);
  const environment = useAppStore((s) => s.environment);
  const fromOverlay = useMemo(
    () => scoreFacts(kb, pick, ranking, environment),
    [kb, pick, ranking, environment],
  );
  const category = kb.categories.find((c) => c.id === pick.category);
  const categoryName = category ? localize(category.name) : pick.category;
  const next = pick.alternatives[0];
  const headingId = `stack-layer-${pick.category}`;
  // Two decimals, like every score shown: a smaller gap is a tie for the reader.
  const marginText = (): string => {
    if (!next) return t.marginNone;
    const margin = Math.abs(next.delta).toFixed(2);
    if (margin === '0.00') return t.marginTie;
    return next.delta > 0 ? format(t.marginBehind, { margin }) : format(t.margin, { margin });
  };
  return (
    <li className="stack-layer panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="stack-layer-category">
        {categoryName}
      </h3>
      <p className="stack-pick">
        <Link to={routes.option(pick.option.id)}>{optionName(pick.option)}</Link>{' '}
        <StatusBadge state={pick.option.status.state} />{' '}
        <OverlayMark facts={optionFacts(kb, pick.option.id)} />
        {pick.pinned ? <span className="badge stack-chosen">{t.chosen}</span> : null}
      </p>
      {pick.members.length > 1 ? (
        <ul className="stack-members" aria-label={t.pipelineMembers}>
          {pick.members.map(({ option, roles }) => {
            const roleNames = {
              collect: t.roleCollect,
              ship: t.roleShip,
              store: t.roleStore,
              search: t.roleSearch,
              visualise: t.roleVisualise,
              alert: t.roleAlert,
            };
            return (
              <li key={option.id}>
                {format(t.memberRoles, {
                  name: optionName(option),
                  roles: roles.map((r) => roleNames[r]).join(', '),
                })}
                {/* The lead is marked by the pick's name already. */}
                <OverlayMark facts={option.id === pick.option.id ? [] : optionFacts(kb, option.id)} />
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="muted">
        {format(t.score, { score: pick.score.toFixed(2) })} · {marginText()}
        <OverlayMark facts={fromOverlay} />
      </p>
      <p className="muted stack-confidence">
        {confidence === undefined
          ? d.confidencePending
          : format(d.confidence, { share: `${Math.round(confidence * 100)}%` })}
      </p>
      {pick.pinned ? (
        <button type="button" onClick={() => setChoice(pick.category, undefined)}>
          {format(t.clear, { category: categoryName })}
        </button>
      ) : null}
      {pick.alternatives.length > 0 ? (
        <>
          <h4>{t.alternatives}</h4>
          <ul className="stack-alternatives">
            {pick.alternatives.map((alt) => {
              const name = optionName(alt.id);
              return (
                <li key={alt.id}>
                  {format(t.alternative, { name, delta: signed(alt.delta) })}
                  <OverlayMark facts={optionFacts(kb, alt.id)} />{' '}
                  <button type="button" onClick={() => setChoice(pick.category, alt.id)}>
                    {format(t.choose, { name })}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </li>
  );
}
