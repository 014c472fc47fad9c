import { z } from './zod';

export const languages = ['en', 'zh', 'ru'] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** Text meant for people: English, Simplified Chinese and Russian are all required. */
export const localizedTextSchema = z.strictObject({
  en: z.string().check(z.trim(), z.minLength(1)),
  zh: z.string().check(z.trim(), z.minLength(1)),
  ru: z.string().check(z.trim(), z.minLength(1)),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;
