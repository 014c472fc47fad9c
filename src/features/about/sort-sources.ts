import type { Source } from '@/domain/schemas';

/** Survey documents first, then alphabetically by title. */
export function sortSources(sources: readonly Source[]): Source[] {
  return [...sources].sort(
    (a, b) =>
      Number(b.kind === 'seed') - Number(a.kind === 'seed') ||
      a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
      a.id.localeCompare(b.id),
  );
}

/** Case-insensitive match on every visible field (title, publisher, file name, note, URL, year). */
export function filterSources(sources: readonly Source[], query: string): Source[] {
  const needle = query.trim().toLowerCase();
  if (needle === '') return [...sources];
  return sources.filter((s) =>
    [s.id, s.title, s.publisher, s.file, s.note, s.url, s.year?.toString()].some((field) =>
      field?.toLowerCase().includes(needle),
    ),
  );
}
