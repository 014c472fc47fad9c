import { useId, useState } from 'react';
import type { CategoryId } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { useLanguage, useLocalize, useMessages } from '@/ui';
import { CategoryPanel } from './category-panel';
import { messages } from './messages';

/** Requirement weights per category; networking starts open, the rest collapsed. */
export function WeightSection() {
  const t = useMessages(messages);
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const headingId = useId();
  const [open, setOpen] = useState<ReadonlySet<CategoryId>>(() => new Set(['networking']));
  const categoryNames = new Map(kb.categories.map((c) => [c.id, localize(c.name)]));
  const collator = new Intl.Collator(useLanguage());
  // Category-specific criteria first, then the shared ones (simplicity, maturity…), each by name.
  const ordered = (id: CategoryId) =>
    [...(kb.criteriaByCategory.get(id) ?? [])].sort(
      (a, b) =>
        Number(a.categories.length > 1) - Number(b.categories.length > 1) ||
        collator.compare(localize(a.name), localize(b.name)),
    );

  const toggle = (id: CategoryId) =>
    setOpen((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section aria-labelledby={headingId} className="questionnaire-section">
      <h2 id={headingId}>{t.weightsHeading}</h2>
      <p className="muted">{t.weightsIntro}</p>
      {kb.categories.map((category) => (
        <CategoryPanel
          key={category.id}
          category={category}
          criteria={ordered(category.id)}
          categoryNames={categoryNames}
          open={open.has(category.id)}
          onToggle={() => toggle(category.id)}
        />
      ))}
    </section>
  );
}
