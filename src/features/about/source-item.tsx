import type { Source } from '@/domain/schemas';
import { format, useMessages } from '@/ui';
import { aboutMessages } from './messages';

export function SourceItem({ source, cites }: { source: Source; cites: number }) {
  const t = useMessages(aboutMessages);
  const kinds = {
    seed: () => format(t.kindSeed, { file: source.file ?? '' }).trim(),
    public: () => t.kindPublic,
    team: () => t.kindTeam,
  } satisfies Record<Source['kind'], () => string>;
  const kind = kinds[source.kind]();
  const facts = [
    source.year === null ? t.undated : String(source.year),
    source.publisher,
    kind,
    format(t.languageIs, { language: t[source.language] }),
    format(t.citedBy, { n: cites }),
  ].filter((part): part is string => part !== undefined);
  return (
    <li className={`about-source about-source-${source.kind}`}>
      <p className="about-source-title">
        {source.url ? (
          <a href={source.url} target="_blank" rel="noreferrer">
            {source.title}
          </a>
        ) : (
          <strong>{source.title}</strong>
        )}
      </p>
      <p className="about-source-meta">{facts.join(' · ')}</p>
      {source.note && <p className="about-source-note muted">{source.note}</p>}
    </li>
  );
}
