import type { CaseSimilarity } from '@/domain/cases';
import { useKnowledge } from '@/knowledge-context';
import { ScoreBar, useLanguage, useMessages } from '@/ui';
import { caseMessages } from './messages';
import { pointName, pointText, type Words } from './similarity-text';

/** A card's short explanation: the similarity, what is in common, what differs, what the case does not say. */
export function SimilaritySummary({ similarity }: { similarity: CaseSimilarity }) {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const language = useLanguage();
  const words: Words = { kb, t, language };
  const names = (items: Parameters<typeof pointName>[1][]) =>
    items.length === 0 ? t.none : items.map((p) => pointName(words, p)).join(', ');
  return (
    <div className="case-studies-similarity">
      <p>
        <span>{t.similarity}</span>{' '}
        {similarity.score === undefined ? (
          <span className="muted">{t.similarityNone}</span>
        ) : (
          <ScoreBar score={similarity.score} label={t.similarity} />
        )}
      </p>
      <dl className="case-studies-similarity-summary">
        <dt>{t.shared}</dt>
        <dd>{names(similarity.shared)}</dd>
        <dt>{t.differences}</dt>
        <dd>
          {similarity.differences.length === 0
            ? t.none
            : similarity.differences.map((p) => pointText(words, p)).join('; ')}
        </dd>
        <dt>{t.notStated}</dt>
        <dd>{names(similarity.notStated)}</dd>
      </dl>
    </div>
  );
}
