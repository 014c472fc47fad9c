import { overlaidFact } from '@/domain/overlay/applied';
import type { Solution } from '@/domain/schemas';
import { anyOfTruth } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import {
  format,
  OverlayMark,
  SourceCitation,
  StatusBadge,
  useConditionText,
  useLocalize,
  useMessages,
  useOptionName,
} from '@/ui';
import { messages } from './messages';

const marks = { met: '✓', unmet: '✗', unknown: '?' } as const;

/** One option's requirements checked against the user's environment, its dependencies and status. */
export function RequirementCheck({ option }: { option: Solution }) {
  const t = useMessages(messages);
  const optionName = useOptionName();
  const localize = useLocalize();
  const describe = useConditionText();
  const environment = useAppStore((s) => s.environment);
  const { kb } = useKnowledge();
  const statusFact = overlaidFact(kb.overlay, 'status', option.id);
  const headingId = `compare-req-${option.id}`;
  return (
    <section className="panel compare-req" aria-labelledby={headingId}>
      <h3 id={headingId}>{optionName(option)}</h3>
      <p className="compare-status">
        <span className="muted">{t.status}:</span> <StatusBadge state={option.status.state} />{' '}
        {option.status.asOf && format(t.asOf, { date: option.status.asOf })} — {localize(option.status.note)}{' '}
        <SourceCitation source={option.status.source} />
        <OverlayMark facts={statusFact ? [statusFact] : []} />
      </p>
      <h4>{t.requirements}</h4>
      {option.requires.length === 0 ? (
        <p className="muted">{t.noRequirements}</p>
      ) : (
        <ul className="compare-req-list">
          {option.requires.map((requirement, i) => {
            const truth = anyOfTruth(requirement.anyOf, environment);
            return (
              <li key={i}>
                <strong className={truth}>
                  <span aria-hidden="true">{marks[truth]}</span> {t[truth]}
                </strong>{' '}
                {localize(requirement.reason)}
                <div className="muted">
                  {format(t.needs, { condition: describe.alternatives(requirement.anyOf) })}
                </div>
                <SourceCitation source={requirement.source} />
              </li>
            );
          })}
        </ul>
      )}
      <h4>{t.dependencies}</h4>
      {option.dependencies.length === 0 ? (
        <p className="muted">{t.noDependencies}</p>
      ) : (
        <ul className="compare-req-list">
          {option.dependencies.map((dependency, i) => (
            <li key={i}>
              {localize(dependency.text)} <SourceCitation source={dependency.source} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
