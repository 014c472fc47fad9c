import type { RankedOption } from '@/domain/scoring';
import { MAX_COMPARED, useAppStore } from '@/store';
import { Link, navigate, routes } from '@/routing';
import { format, useMessages } from '@/ui';
import { resultsMessages } from './messages';

/** "Compare top 3" plus how full the comparison is. */
export function CompareActions({ ranking }: { ranking: readonly RankedOption[] }) {
  const t = useMessages(resultsMessages);
  const count = useAppStore((s) => s.compared.length);
  const setCompared = useAppStore((s) => s.setCompared);
  const compareTop = () => {
    setCompared(ranking.slice(0, 3).map((o) => o.id));
    navigate(routes.compare());
  };
  return (
    <div className="results-compare-actions">
      <button type="button" className="primary" onClick={compareTop} disabled={ranking.length === 0}>
        {t.compareTop}
      </button>
      <p className="muted" aria-live="polite">
        {format(t.compareStatus, { n: count, max: MAX_COMPARED })}
        {count >= MAX_COMPARED ? ` ${t.compareFull}` : ''}
      </p>
      {count > 0 ? <Link to={routes.compare()}>{t.openCompare}</Link> : null}
    </div>
  );
}
