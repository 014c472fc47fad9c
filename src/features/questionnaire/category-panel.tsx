import { useId } from 'react';
import type { Category, Criterion } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { Link, routes } from '@/routing';
import { format, useLocalize, useMessages, usePlurals } from '@/ui';
import { CriterionRow } from './criterion-row';
import { messages, questionnairePlurals } from './messages';
import { countCategory } from './profile-counts';

interface Props {
  category: Category;
  criteria: readonly Criterion[];
  /** Localized name of every category, to name where a shared criterion also applies. */
  categoryNames: ReadonlyMap<string, string>;
  open: boolean;
  onToggle: () => void;
}

/** A disclosure: the heading button shows the counts; the body lists the criteria. */
export function CategoryPanel({ category, criteria, categoryNames, open, onToggle }: Props) {
  const t = useMessages(messages);
  const count = usePlurals(questionnairePlurals);
  const localize = useLocalize();
  const bodyId = useId();
  const weights = useAppStore((s) => s.weights);
  const mustHave = useAppStore((s) => s.mustHave);
  const counts = countCategory(criteria, weights, mustHave);
  const name = localize(category.name);

  return (
    <div className="questionnaire-category" data-open={open || undefined}>
      <h3 className="questionnaire-category-heading">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span aria-hidden="true" className="questionnaire-chevron">
            {open ? '▾' : '▸'}
          </span>
          <span className="questionnaire-category-name">{name}</span>
          <span className="questionnaire-category-count">
            {format(t.categoryCount, { ...counts, mustHave: count.mustHaves(counts.mustHave) })}
          </span>
        </button>
      </h3>
      <div id={bodyId} hidden={!open} className="questionnaire-category-body">
        {open && (
          <>
            <p className="muted">{localize(category.description)}</p>
            {counts.weighted === 0 && <p className="questionnaire-hint">{t.noWeights}</p>}
            <ul className="questionnaire-criteria">
              {criteria.map((criterion) => (
                <CriterionRow
                  key={criterion.id}
                  criterion={criterion}
                  sharedWith={criterion.categories
                    .filter((c) => c !== category.id)
                    .map((c) => categoryNames.get(c) ?? c)}
                  sharedByAll={criterion.categories.length === categoryNames.size}
                />
              ))}
            </ul>
            <p>
              <Link to={routes.results(category.id)}>{format(t.rankCategory, { category: name })}</Link>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
