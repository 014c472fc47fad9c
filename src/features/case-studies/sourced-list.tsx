import { useId } from 'react';
import type { SourcedText } from '@/domain/schemas';
import { SourceCitation, useLocalize } from '@/ui';

/** A titled list of sourced texts (lessons, problems). */
export function SourcedList({
  heading,
  items,
  empty,
}: {
  heading: string;
  items: readonly SourcedText[];
  empty: string;
}) {
  const localize = useLocalize();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="case-studies-sourced">
          {items.map((item, i) => (
            <li key={i}>
              {localize(item.text)} <SourceCitation source={item.source} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
