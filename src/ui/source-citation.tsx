import type { SourceRef } from '@/domain/schemas';
import { useKnowledge } from './knowledge';

/** "Title (year) — section", linked when the source has a URL; the quote, if any, as a tooltip. */
export function SourceCitation({ source }: { source: SourceRef }) {
  const { kb } = useKnowledge();
  const entry = kb.sourceById.get(source.source);
  const title = entry ? `${entry.title} (${entry.year ?? 'n.d.'})` : source.source;
  const file = entry?.file ? ` [${entry.file}]` : '';
  return (
    <cite className="source" title={source.quote}>
      {entry?.url ? (
        <a href={entry.url} target="_blank" rel="noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {file} — {source.section}
    </cite>
  );
}
