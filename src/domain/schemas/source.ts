import * as z from 'zod';
import { sourceIdSchema } from './ids';
import { httpUrlSchema } from './url';

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  kind: z.enum(['seed', 'public']),
  title: z.string().min(1),
  /** Year of publication; null when the source itself is undated (say so in `note`). */
  year: z.number().int().min(1990).max(2100).nullable(),
  /** Seed sources: the file name under shared/seeds. */
  file: z
    .string()
    .regex(/^\d{3}_[0-9a-f]+\.txt$/)
    .optional(),
  publisher: z.string().min(1).optional(),
  url: httpUrlSchema.optional(),
  language: z.enum(['en', 'zh', 'ru']),
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** Where a fact comes from: a registered source plus the section (and optionally a verbatim quote). */
export const sourceRefSchema = z.strictObject({
  source: sourceIdSchema,
  section: z.string().min(1),
  quote: z.string().min(1).optional(),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;
