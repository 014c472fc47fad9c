import type { Solution } from '@/domain/schemas';
import { SourcedList, useMessages } from '@/ui';
import { optionMessages } from './messages';

export function DependenciesSection({ option }: { option: Solution }) {
  const t = useMessages(optionMessages);
  return (
    <section aria-labelledby="option-dependencies">
      <h2 id="option-dependencies">{t.dependenciesHeading}</h2>
      <SourcedList items={option.dependencies} empty={t.noDependencies} />
    </section>
  );
}
