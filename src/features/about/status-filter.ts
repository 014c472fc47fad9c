import type { Category, CategoryId, Solution } from '@/domain/schemas';
import { maintenanceStates } from '@/domain/schemas';

export type State = Solution['status']['state'];
export const stateFilters = ['all', ...maintenanceStates] as const;
export type StateFilter = (typeof stateFilters)[number];

export const isStateFilter = (value: string): value is StateFilter =>
  (stateFilters as readonly string[]).includes(value);

export function countByState(options: readonly Solution[]): Record<State, number> {
  const counts = Object.fromEntries(maintenanceStates.map((s) => [s, 0])) as Record<State, number>;
  for (const option of options) counts[option.status.state] += 1;
  return counts;
}

export interface StatusGroup {
  category: Category;
  options: Solution[];
}

/** Options of the wanted state, grouped in category order; empty groups are left out. */
export function groupByCategory(
  categories: readonly Category[],
  optionsByCategory: ReadonlyMap<CategoryId, readonly Solution[]>,
  filter: StateFilter,
): StatusGroup[] {
  return categories.flatMap((category) => {
    const options = (optionsByCategory.get(category.id) ?? []).filter(
      (o) => filter === 'all' || o.status.state === filter,
    );
    return options.length > 0 ? [{ category, options }] : [];
  });
}
