import type { OptionId } from '@/domain/schemas';
import { Link, routes, useKnowledge } from '@/ui';

/** The options as small links to their pages. */
export function OptionChips({ ids, label }: { ids: readonly OptionId[]; label: string }) {
  const { kb } = useKnowledge();
  return (
    <ul className="case-studies-chips" aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <Link to={routes.option(id)}>{kb.optionById.get(id)?.name ?? id}</Link>
        </li>
      ))}
    </ul>
  );
}
