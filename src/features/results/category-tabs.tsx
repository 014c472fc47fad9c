import type { CategoryId } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { useLocalize, useMessages } from '@/ui';
import { resultsMessages } from './messages';

/** One link per category: each category's results live at their own URL. */
export function CategoryTabs({ active }: { active: CategoryId }) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const t = useMessages(resultsMessages);
  return (
    <nav aria-label={t.categories} className="results-tabs">
      <ul>
        {kb.categories.map((c) => (
          <li key={c.id}>
            <Link to={routes.results(c.id)} aria-current={c.id === active ? 'page' : undefined}>
              {localize(c.name)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
