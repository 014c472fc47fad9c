import { useId, useState, type ChangeEvent } from 'react';
import { fileSizeProblem } from '@/domain/profile';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { format, readText, useMessages, usePlurals, ProblemList } from '@/ui';
import { profilesMessages, profilesPlurals } from './messages';
import { parseOther, parseProfileText, type OtherResult } from './parse-other';

type Failure = Extract<OtherResult, { ok: false }> | { ok: false; kind: 'unreadable' };

/**
 * Loads the other profile from a file or pasted text — all or nothing: a bad one is explained and
 * leaves both the user's profile and the other one as they were.
 */
export function LoadOther() {
  const t = useMessages(profilesMessages);
  const count = usePlurals(profilesPlurals);
  const { kb } = useKnowledge();
  const other = useAppStore((s) => s.otherProfile);
  const setOther = useAppStore((s) => s.setOtherProfile);
  const clearOther = useAppStore((s) => s.clearOtherProfile);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<Failure>();
  const headingId = useId();

  const apply = (result: OtherResult) => {
    if (result.ok) setOther(result.other);
    setFailure(result.ok ? undefined : result);
  };
  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    // A file over the cap is refused before it is read.
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge !== undefined) setFailure({ ok: false, kind: 'invalid', problems: [tooLarge] });
    else
      readText(file).then(
        (content) => apply(parseProfileText(content, kb)),
        () => setFailure({ ok: false, kind: 'unreadable' }),
      );
    // Cleared so that choosing the same file again loads it again.
    e.target.value = '';
  };

  return (
    <section className="panel profiles-load" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.loadHeading}</h2>
      <label className="profiles-field">
        {t.loadFile}
        <input type="file" accept=".json,application/json" onChange={onFile} />
      </label>
      <label className="profiles-field">
        {t.loadText}
        <textarea rows={3} spellCheck={false} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="button" onClick={() => apply(parseOther(text, kb))}>
        {t.loadButton}
      </button>
      {failure ? (
        <div role="alert" className="profiles-problems">
          {failure.kind === 'invalid' ? (
            <>
              <p>{t.loadFailed}</p>
              <ProblemList problems={failure.problems} />
            </>
          ) : (
            <p>{failure.kind === 'noLink' ? t.noLink : t.readFailed}</p>
          )}
        </div>
      ) : null}
      <p role="status">
        {other
          ? format(other.from === 'link' ? t.fromLink : t.fromFile, {
              env: count.facts(Object.keys(other.profile.environment).length),
              weights: count.weights(Object.values(other.profile.weights).filter((w) => w > 0).length),
              must: count.mustHaves(other.profile.mustHave.length),
            })
          : null}
      </p>
      {other ? (
        <button type="button" onClick={clearOther}>
          {t.clear}
        </button>
      ) : null}
    </section>
  );
}
