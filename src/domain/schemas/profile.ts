import { z } from './zod';
import { categoryIdSchema, criterionIdSchema, optionIdSchema } from './ids';
import { environmentSchema } from './environment';
import { localizedTextSchema } from './i18n';

export const weightSchema = z.int().check(z.minimum(0), z.maximum(5));

/** The public requirement profile, contract v1.1 (docs: README "Profile format"). */
export const profileSchema = z.strictObject({
  version: z.literal(1),
  environment: z._default(environmentSchema, {}),
  weights: z._default(z.record(criterionIdSchema, weightSchema), {}),
  mustHave: z._default(z.array(criterionIdSchema), []),
  /** v1.1: when false (the default), archived, retired and removed projects are excluded. */
  includeUnmaintained: z.optional(z.boolean()),
  /** v1.1: the option the team decided on per category (may differ from the top-ranked one). */
  choices: z.optional(z.partialRecord(categoryIdSchema, optionIdSchema)),
});
export type Profile = z.infer<typeof profileSchema>;

export const presetSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: localizedTextSchema,
  description: localizedTextSchema,
  profile: profileSchema,
});
export type Preset = z.infer<typeof presetSchema>;
