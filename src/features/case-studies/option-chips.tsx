import type { OptionId } from '@/domain/schemas';
import { Link, routes } from '@/routing';
import { useOptionName } from '@/ui';

/** The options as small links to their pages. */
export function OptionChips({ ids, label }: { ids: readonly OptionId[]; label: string }) {
  const optionName = useOptionName();
  return (
    <ul className="case-studies-chips" aria-label={label}>
      {ids.map((id) => (
        <li key={id}>
          <Link to={routes.option(id)}>{optionName(id)}</Link>
        </li>
      ))}
    </ul>
  );
}
