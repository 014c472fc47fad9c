import type { Solution } from '@/domain/schemas';
import { anyOfTruth } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { format, SourceCitation, useConditionText, useLocalize, useMessages } from '@/ui';
import { optionMessages } from './messages';

export function RequirementsSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const environment = useAppStore((s) => s.environment);
  const describe = useConditionText();
  return (
    <section aria-labelledby="option-requirements">
      <h2 id="option-requirements">{t.requirementsHeading}</h2>
      {option.requires.length === 0 ? (
        <p>{t.noRequirements}</p>
      ) : (
        <ul className="option-facts">
          {option.requires.map((requirement, i) => {
            const truth = anyOfTruth(requirement.anyOf, environment);
            return (
              <li key={i}>
                <p>{localize(requirement.reason)}</p>
                <p className="muted">
                  {format(t.holdsWhen, { conditions: describe.alternatives(requirement.anyOf) })}
                </p>
                <p>
                  {t.yourEnvironment} <strong className={truth}>{t[truth]}</strong>
                </p>
                <SourceCitation source={requirement.source} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
