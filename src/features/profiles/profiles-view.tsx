import { useAppStore, type OtherProfile } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useMessages, usePlurals } from '@/ui';
import { AnswersTable } from './answers-table';
import { LoadOther } from './load-other';
import { profilesMessages, profilesPlurals } from './messages';
import { StacksTable } from './stacks-table';
import { usePair } from './use-pair';
import { WinnersTable } from './winners-table';
import './profiles.css';

function PairSections({ other }: { other: OtherProfile }) {
  const t = useMessages(profilesMessages);
  const count = usePlurals(profilesPlurals);
  const { kb } = useKnowledge();
  const pair = usePair(other);
  const differing = kb.categories.filter(
    (c) => pair.mine.rankings.get(c.id)?.ranking[0]?.id !== pair.other.rankings.get(c.id)?.ranking[0]?.id,
  ).length;
  return (
    <>
      <p className="profiles-summary">
        {format(t.summary, {
          answers: count.answersDiffer(pair.answers.length),
          categories: count.categoriesOf(kb.categories.length, { shown: differing }),
        })}
      </p>
      {other.method === undefined ? <p className="muted">{t.methodFromYours}</p> : null}
      <section aria-labelledby="profiles-answers">
        <h2 id="profiles-answers">{t.answersHeading}</h2>
        <AnswersTable answers={pair.answers} />
      </section>
      <section aria-labelledby="profiles-results">
        <h2 id="profiles-results">{t.resultsHeading}</h2>
        <WinnersTable pair={pair} />
      </section>
      <section aria-labelledby="profiles-stacks">
        <h2 id="profiles-stacks">{t.stackHeading}</h2>
        <StacksTable pair={pair} />
      </section>
    </>
  );
}

/** The user's profile and another one side by side: answers, winners and stacks. */
export default function ProfilesView() {
  const t = useMessages(profilesMessages);
  const { complete } = useKnowledge();
  const other = useAppStore((s) => s.otherProfile);
  return (
    <div className="profiles-view">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      {complete ? (
        <>
          <LoadOther />
          {other ? (
            <PairSections other={other} />
          ) : (
            <p>
              {t.none} <Link to={routes.decision()}>{t.makeLink}</Link>
            </p>
          )}
        </>
      ) : (
        <p aria-busy="true">{t.loading}</p>
      )}
    </div>
  );
}
