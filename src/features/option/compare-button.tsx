import { MAX_COMPARED, useAppStore } from '@/store';
import { Link, routes } from '@/routing';
import { format, useMessages, usePlurals } from '@/ui';
import { optionMessages, optionPlurals } from './messages';

export function CompareButton({ id }: { id: string }) {
  const t = useMessages(optionMessages);
  const count = usePlurals(optionPlurals);
  const compared = useAppStore((s) => s.compared);
  const toggleCompared = useAppStore((s) => s.toggleCompared);
  const included = compared.includes(id);
  // toggleCompared would drop the oldest pick to make room; the user should choose which.
  const full = !included && compared.length >= MAX_COMPARED;
  return (
    <div className="option-compare no-print">
      <button
        type="button"
        className={included ? undefined : 'primary'}
        onClick={() => toggleCompared(id)}
        disabled={full}
        aria-describedby={full ? 'option-compare-full' : undefined}
      >
        {included ? t.remove : t.add}
      </button>
      {full && (
        <span id="option-compare-full" className="muted">
          {count.compareFull(MAX_COMPARED)}
        </span>
      )}
      {compared.length > 0 && (
        <Link to={routes.compare()}>{format(t.openCompare, { n: compared.length })}</Link>
      )}
    </div>
  );
}
