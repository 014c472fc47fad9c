import { useId } from 'react';
import type { CaseSimilarity } from '@/domain/cases';
import type { SourceRef } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, ScoreBar, SourceCitation, useLanguage, useMessages } from '@/ui';
import { caseMessages } from './messages';
import { openText, pointText, unstatedText, type Words } from './similarity-text';
import { useHasProfile } from './use-case-similarity';

interface Item {
  text: string;
  source?: SourceRef;
}

function ItemList({ heading, items }: { heading: string; items: readonly Item[] }) {
  const id = useId();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{heading}</h3>
      <ul className="case-studies-similarity-items">
        {items.map((item, i) => (
          <li key={i}>
            {item.text} {item.source && <SourceCitation source={item.source} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How similar the company's situation is to the profile: what is shared, what differs, what is unstated. */
export function SimilarityExplanation({ similarity }: { similarity: CaseSimilarity | undefined }) {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const language = useLanguage();
  const hasProfile = useHasProfile();
  const words: Words = { kb, t, language };
  const score = similarity?.score;
  return (
    <section className="case-studies-similarity-section" aria-labelledby="case-studies-similarity">
      <h2 id="case-studies-similarity">{t.similarity}</h2>
      {!hasProfile ? (
        <p>
          {t.similarityEmpty} <Link to={routes.questionnaire()}>{t.setProfile}</Link>
        </p>
      ) : score === undefined ? (
        <p>{t.similarityNone}</p>
      ) : (
        <p>
          <ScoreBar score={score} label={t.similarity} />{' '}
          <span className="muted">{format(t.compared, { n: similarity?.compared ?? 0 })}</span>
        </p>
      )}
      {hasProfile && <p className="muted">{t.similarityIntro}</p>}
      {similarity && (
        <>
          <ItemList
            heading={t.shared}
            items={similarity.shared.map((p) => ({ text: pointText(words, p), source: p.source }))}
          />
          <ItemList
            heading={t.differences}
            items={similarity.differences.map((p) => ({ text: pointText(words, p), source: p.source }))}
          />
          <ItemList
            heading={t.notStated}
            items={similarity.notStated.map((u) => ({ text: unstatedText(words, u) }))}
          />
          <ItemList
            heading={t.open}
            items={similarity.open.map((o) => ({ text: openText(words, o), source: o.source }))}
          />
        </>
      )}
    </section>
  );
}
