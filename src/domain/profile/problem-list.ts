/** How many problems a message lists before it summarises the rest. */
export const MAX_PROBLEMS_SHOWN = 20;

/**
 * Problems without repeats (in linear time), the first `shown` of them, then one line that says how
 * many more there are: however bad an input, what is printed or rendered stays short.
 */
export function summarizeProblems(problems: Iterable<string>, shown: number = MAX_PROBLEMS_SHOWN): string[] {
  const unique = [...new Set(problems)];
  if (unique.length <= shown) return unique;
  const total = unique.length.toLocaleString('en-US');
  return [
    ...unique.slice(0, shown),
    `… and ${(unique.length - shown).toLocaleString('en-US')} more problems (${total} in all; the first ${shown} are listed)`,
  ];
}
