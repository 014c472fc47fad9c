import type { Language } from '@/domain/schemas';

const locales: Record<Language, string> = { en: 'en-GB', zh: 'zh-CN', ru: 'ru-RU' };

/** "2026-11" → "Nov 2026" / "2026年11月" / "нояб. 2026 г."; the input is returned if malformed. */
export function formatMonth(asOf: string, language: Language): string {
  const [year, month] = asOf.split('-').map(Number);
  if (!year || !month) return asOf;
  return new Intl.DateTimeFormat(locales[language], {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, 1)));
}
