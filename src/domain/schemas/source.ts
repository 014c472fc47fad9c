import { z } from './zod';
import { sourceIdSchema } from './ids';
import { httpUrlSchema } from './url';

export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  /** seed: a survey document; public: published; team: a team's own finding (overlays only). */
  kind: z.enum(['seed', 'public', 'team']),
  title: z.string().check(z.minLength(1)),
  /** Year of publication; null when the source itself is undated (say so in `note`). */
  year: z.nullable(z.int().check(z.minimum(1990), z.maximum(2100))),
  /** Seed sources: the file name under shared/seeds. */
  file: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]+\.txt$/))),
  publisher: z.optional(z.string().check(z.minLength(1))),
  url: z.optional(httpUrlSchema),
  language: z.enum(['en', 'zh', 'ru']),
  note: z.optional(z.string().check(z.minLength(1))),
});
export type Source = z.infer<typeof sourceSchema>;

/** Where a fact comes from: a registered source plus the section (and optionally a verbatim quote). */
export const sourceRefSchema = z.strictObject({
  source: sourceIdSchema,
  section: z.string().check(z.minLength(1)),
  quote: z.optional(z.string().check(z.minLength(1))),
});
export type SourceRef = z.infer<typeof sourceRefSchema>;
