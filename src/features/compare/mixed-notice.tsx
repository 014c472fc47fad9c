import type { Solution } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { format, useMessages, useOptionName } from '@/ui';
import { messages } from './messages';

interface Props {
  categoryName: string;
  options: readonly Solution[];
  leftOut: readonly Solution[];
  unknownIds: readonly string[];
}

/** The stored selection mixes categories (or names unknown options): say so and offer to clean it up. */
export function MixedNotice({ categoryName, options, leftOut, unknownIds }: Props) {
  const t = useMessages(messages);
  const optionName = useOptionName();
  const setCompared = useAppStore((s) => s.setCompared);
  return (
    <div className="panel compare-notice" role="status">
      {leftOut.length > 0 && (
        <p>{format(t.mixed, { category: categoryName, names: leftOut.map(optionName).join(', ') })}</p>
      )}
      {unknownIds.length > 0 && <p>{format(t.unknownIds, { ids: unknownIds.join(', ') })}</p>}
      <button type="button" onClick={() => setCompared(options.map((o) => o.id))}>
        {format(t.keepFirst, { category: categoryName })}
      </button>
    </div>
  );
}
