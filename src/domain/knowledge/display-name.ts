import type { Language, LocalizedText } from '../schemas';

/** Anything with a canonical English name and, where its words translate, a localized one. */
export interface Named {
  name: string;
  localName?: LocalizedText | undefined;
}

/**
 * The name to show people in `language`: the localized name where the knowledge gives one,
 * otherwise the canonical name (also while the browser has not loaded the language's text yet).
 */
export function displayName(entry: Named, language: Language): string {
  return entry.localName?.[language] ?? entry.name;
}
