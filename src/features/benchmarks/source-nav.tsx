import { useId, useState } from 'react';
import { useMessages } from '@/ui';
import { benchmarkMessages } from './messages';

interface SourceNavProps {
  /** The sources on the page, in page order. */
  sources: readonly { id: string; title: string }[];
  onJump: (id: string) => void;
  allOpen: boolean;
  onSetAll: (open: boolean) => void;
}

/**
 * Moving around a long page: pick a source and go (a separate button, so choosing in the list never
 * moves focus by itself), or fold and unfold every source at once.
 */
export function SourceNav({ sources, onJump, allOpen, onSetAll }: SourceNavProps) {
  const t = useMessages(benchmarkMessages);
  const selectId = useId();
  const [chosen, setChosen] = useState<string>();
  const target = sources.find((s) => s.id === chosen)?.id ?? sources[0]?.id;
  if (target === undefined) return null;
  return (
    <nav className="benchmarks-nav panel no-print" aria-label={t.sourcesNav}>
      <p className="benchmarks-field">
        <label htmlFor={selectId}>{t.jumpTo}</label>
        <span className="benchmarks-jump">
          <select id={selectId} value={target} onChange={(e) => setChosen(e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => onJump(target)}>
            {t.jumpGo}
          </button>
        </span>
      </p>
      <button type="button" className="benchmarks-fold-all" onClick={() => onSetAll(!allOpen)}>
        {allOpen ? t.collapseAll : t.expandAll}
      </button>
    </nav>
  );
}
