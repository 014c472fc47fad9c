import { useId, useState, type ChangeEvent } from 'react';
import { fileSizeProblem } from '@/domain/profile';
import type { Profile } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, readText, useMessages, usePlurals, ProblemList } from '@/ui';
import { decisionPlurals, messages } from './messages';
import { parseImport } from './parse-import';

type Outcome = { ok: true; profile: Profile } | { ok: false; problems: string[] } | undefined;

/** Replaces the profile from a file or pasted JSON — all or nothing. */
export function ProfileImport() {
  const t = useMessages(messages);
  const count = usePlurals(decisionPlurals);
  const { kb } = useKnowledge();
  const loadProfile = useAppStore((s) => s.loadProfile);
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const headingId = useId();

  const apply = (raw: string) => {
    const result = parseImport(raw, kb);
    if (result.ok) loadProfile(result.profile);
    setOutcome(result);
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    // A file over the cap is refused before it is read.
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge !== undefined) setOutcome({ ok: false, problems: [tooLarge] });
    else readText(file).then(apply, () => setOutcome({ ok: false, problems: [t.readFailed] }));
    // Cleared so that choosing the same file again imports it again.
    e.target.value = '';
  };

  return (
    <section className="panel decision-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.importHeading}</h2>
      <p className="muted">{t.importHint}</p>
      <label className="decision-field">
        {t.importFile}
        <input type="file" accept=".json,application/json" onChange={onFile} />
      </label>
      <label className="decision-field">
        {t.importText}
        <textarea rows={5} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={() => apply(text)}>
        {t.importButton}
      </button>
      {outcome && !outcome.ok && (
        <div role="alert" className="decision-problems">
          <p>{t.importFailed}</p>
          <ProblemList problems={outcome.problems} />
        </div>
      )}
      <p role="status" className="met">
        {outcome?.ok && (
          <>
            {format(t.imported, {
              env: count.envAnswers(Object.keys(outcome.profile.environment).length),
              weights: count.weights(Object.keys(outcome.profile.weights).length),
              must: count.mustHaves(outcome.profile.mustHave.length),
            })}{' '}
            <Link to={routes.results()}>{t.seeResults}</Link>
          </>
        )}
      </p>
    </section>
  );
}
