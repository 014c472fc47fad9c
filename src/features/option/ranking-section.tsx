import type { Solution } from '@/domain/schemas';
import { describeReason } from '@/words';
import { useKnowledge, useRanking } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, useLanguage, useLocalize, useMessages, usePlurals } from '@/ui';
import { optionMessages, optionPlurals } from './messages';
import { englishOrdinal } from './option-facts';

export function RankingSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  const count = usePlurals(optionPlurals);
  const language = useLanguage();
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const ranking = useRanking(option.category);
  const category = kb.categories.find((c) => c.id === option.category);
  const categoryName = category ? localize(category.name) : option.category;
  const position = ranking.ranking.findIndex((r) => r.id === option.id);
  const ranked = ranking.ranking[position];
  const excluded = ranking.excluded.find((e) => e.id === option.id);
  return (
    <section aria-labelledby="option-rank" className="panel option-rank">
      <h2 id="option-rank">{t.rankHeading}</h2>
      {ranked && (
        <p>
          <strong>
            {count.rankFeasible(ranking.ranking.length, {
              rank: position + 1,
              ordinal: englishOrdinal(position + 1),
              category: categoryName,
            })}
          </strong>{' '}
          {format(t.rankScore, { score: ranked.score.toFixed(3), method: t[ranking.method] })}
        </p>
      )}
      {excluded && (
        <>
          <p>
            <strong className="unmet">{t.rankExcluded}</strong>
          </p>
          <ul>
            {excluded.reasons.map((reason, i) => (
              <li key={i}>{describeReason(kb, reason, language)}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={routes.results(option.category)}>{format(t.rankLink, { category: categoryName })}</Link>
      </p>
    </section>
  );
}
