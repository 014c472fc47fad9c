import type { Language, LocalizedText } from '@/domain/schemas';
import { useAppStore } from '@/store';

export const languageNames: Record<Language, string> = { en: 'English', zh: '简体中文', ru: 'Русский' };

/** A feature's UI strings: every language must have exactly the keys English has. */
export type Messages<T extends Record<string, string>> = {
  en: T;
  zh: { [K in keyof T]: string };
  ru: { [K in keyof T]: string };
};

export const defineMessages = <T extends Record<string, string>>(messages: Messages<T>): Messages<T> =>
  messages;

export const useLanguage = (): Language => useAppStore((s) => s.language);

/** The strings of `messages` in the current language. */
export function useMessages<T extends Record<string, string>>(messages: Messages<T>): T {
  return messages[useLanguage()] as T;
}

/** Picks the current language from knowledge text. */
export function useLocalize(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => text[language];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    key in values ? String(values[key]) : match,
  );
}
