import type { SourcedText } from '@/domain/schemas';
import { useLocalize } from './i18n';
import { SourceCitation } from './source-citation';
import './sourced-list.css';

/**
 * Statements each followed by the source it comes from: a case's lessons, an option's pros or
 * dependencies. The heading is the caller's, as the views nest these lists differently.
 */
export function SourcedList({ items, empty }: { items: readonly SourcedText[]; empty: string }) {
  const localize = useLocalize();
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="sourced-list">
      {items.map((item, i) => (
        <li key={i}>
          {localize(item.text)} <SourceCitation source={item.source} />
        </li>
      ))}
    </ul>
  );
}
