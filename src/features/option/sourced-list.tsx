import type { SourcedText } from '@/domain/schemas';
import { SourceCitation, useLocalize } from '@/ui';

/** Statements each followed by the source they come from. */
export function SourcedList({ items, empty }: { items: readonly SourcedText[]; empty: string }) {
  const localize = useLocalize();
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <ul className="option-facts">
      {items.map((item, i) => (
        <li key={i}>
          <p>{localize(item.text)}</p>
          <SourceCitation source={item.source} />
        </li>
      ))}
    </ul>
  );
}
