import type { Profile } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { useLocalize, useMessages, useOrchestratorName } from '@/ui';
import { stackMessages } from './messages';

/** The profile the stack was computed for, restated so a shared link carries its context. */
export function ProfileContext({ profile }: { profile: Profile }) {
  const t = useMessages(stackMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const orchestratorName = useOrchestratorName();
  const facts = kb.environment.questions.filter((q) => profile.environment[q.key] !== undefined);
  const weighted = Object.entries(profile.weights).filter(([, w]) => w > 0);
  const name = (id: string) => {
    const c = kb.criterionById.get(id);
    return c ? localize(c.name) : id;
  };
  const shown = (value: unknown): string => {
    if (typeof value === 'boolean') return value ? t.yes : t.no;
    return orchestratorName(String(value));
  };
  return (
    <section className="panel stack-context" aria-labelledby="stack-context">
      <h2 id="stack-context">{t.contextHeading}</h2>
      {facts.length === 0 && weighted.length === 0 ? <p className="muted">{t.contextNone}</p> : null}
      <dl className="stack-facts">
        {facts.map((q) => (
          <div key={q.key}>
            <dt>{localize(q.label)}</dt>
            <dd>{shown(profile.environment[q.key])}</dd>
          </div>
        ))}
      </dl>
      {weighted.length > 0 ? (
        <p>
          <strong>{t.weights}:</strong> {weighted.map(([id, w]) => `${name(id)} ${w}`).join(', ')}
        </p>
      ) : null}
      {profile.mustHave.length > 0 ? (
        <p>
          <strong>{t.mustHaves}:</strong> {profile.mustHave.map(name).join(', ')}
        </p>
      ) : null}
    </section>
  );
}
