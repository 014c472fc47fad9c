import { useDeferredValue, useMemo, useState } from 'react';
import { useKnowledge } from '@/knowledge-context';
import { format, useMessages, usePlurals } from '@/ui';
import { countCitations } from './cite-counts';
import { aboutMessages, aboutPlurals } from './messages';
import { filterSources, sortSources } from './sort-sources';
import { SourceItem } from './source-item';

const FIRST_PAGE = 30;

export function SourcesSection() {
  const t = useMessages(aboutMessages);
  const count = usePlurals(aboutPlurals);
  const { kb } = useKnowledge();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const deferred = useDeferredValue(query);
  const sorted = useMemo(() => sortSources(kb.sources), [kb]);
  const cites = useMemo(() => countCitations(kb), [kb]);
  const matching = filterSources(sorted, deferred);
  // The full list runs to hundreds of entries; a search always shows every match.
  const shown = showAll || deferred.trim() !== '' ? matching : matching.slice(0, FIRST_PAGE);
  const seeds = kb.sources.filter((s) => s.kind === 'seed').length;
  return (
    <section aria-labelledby="about-sources">
      <h2 id="about-sources">{t.sourcesHeading}</h2>
      <p className="about-prose">{format(t.seedsText, { n: seeds })}</p>
      <p className="about-controls">
        <label>
          {t.sourcesFilter}{' '}
          <input
            type="search"
            value={query}
            placeholder={t.sourcesPlaceholder}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>{' '}
        <span className="muted" role="status">
          {count.sourcesShown(kb.sources.length, { shown: shown.length })}
        </span>
      </p>
      {shown.length === 0 ? (
        <p>{format(t.noSources, { query: deferred })}</p>
      ) : (
        <ul className="about-sources">
          {shown.map((source) => (
            <SourceItem key={source.id} source={source} cites={cites.get(source.id) ?? 0} />
          ))}
        </ul>
      )}
      {shown.length < matching.length && (
        <p>
          <button type="button" onClick={() => setShowAll(true)}>
            {format(t.showAll, { n: matching.length })}
          </button>
        </p>
      )}
    </section>
  );
}
