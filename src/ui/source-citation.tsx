import { useState } from 'react';
import type { Language, SourceRef } from '@/domain/schemas';
import { useLanguage } from './i18n';
import { useKnowledge, useKnowledgeNeeds } from '@/knowledge-context';

// A view loads the sources its group cites; any other source's title arrives on demand, and a
// citation shows the source id until then. Quotes load when a citation is pointed at or focused.
const allSources = ['sources:all'];
const quotes = ['quotes'];
const none: string[] = [];

// The usual bibliographic mark for a source without a year, in each language.
const undated: Record<Language, string> = { en: 'n.d.', zh: '无日期', ru: 'б. г.' };

/** "Title (year) — section", linked when the source has a URL; the quote, if any, as a tooltip. */
export function SourceCitation({ source }: { source: SourceRef }) {
  const { kb } = useKnowledge();
  const language = useLanguage();
  const [wantsQuote, setWantsQuote] = useState(false);
  const entry = kb.sourceById.get(source.source);
  useKnowledgeNeeds(entry || !source.source ? none : allSources);
  useKnowledgeNeeds(wantsQuote ? quotes : none);
  const title = entry ? `${entry.title} (${entry.year ?? undated[language]})` : source.source;
  const file = entry?.file ? ` [${entry.file}]` : '';
  return (
    <cite
      className="source"
      title={source.quote}
      onPointerEnter={() => setWantsQuote(true)}
      onFocus={() => setWantsQuote(true)}
    >
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
