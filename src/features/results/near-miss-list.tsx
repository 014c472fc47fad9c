import type { NearMiss } from '@/domain/sensitivity';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { resultsMessages } from './messages';

const SHOWN = 6;

/** Excluded options one change away from the list, and where they would land. */
export function NearMissList({ misses }: { misses: readonly NearMiss[] }) {
  const t = useMessages(resultsMessages);
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const optionName = useOptionName();
  const describe = (m: NearMiss): string => {
    const blocker = m.blockedBy[0] ?? '';
    const name = optionName(m.id);
    const [kind, id = ''] = blocker.split(/[:.]/);
    if (kind === 'mustHave') {
      const c = kb.criterionById.get(id);
      return format(t.nearMissMustHave, { criterion: c ? localize(c.name) : id, name, rank: m.wouldRank });
    }
    if (kind === 'lifecycle') return format(t.nearMissLifecycle, { name, rank: m.wouldRank });
    const q = kb.environment.questions.find((x) => x.key === id);
    return format(t.nearMissFact, { fact: q ? localize(q.label) : id, name, rank: m.wouldRank });
  };
  return (
    <section aria-labelledby="results-near-misses">
      <h3 id="results-near-misses">{t.nearMissHeading}</h3>
      {misses.length === 0 ? (
        <p className="muted">{t.noNearMisses}</p>
      ) : (
        <ul className="results-near-misses">
          {misses.slice(0, SHOWN).map((m) => (
            <li key={`${m.id}-${m.blockedBy.join()}`}>
              <Link to={routes.option(m.id)}>{describe(m)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
