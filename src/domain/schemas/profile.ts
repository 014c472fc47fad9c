import * as z from 'zod';
import { categoryIdSchema, criterionIdSchema, optionIdSchema } from './ids';
import { environmentSchema } from './environment';
import { localizedTextSchema } from './i18n';

export const weightSchema = z.number().int().min(0).max(5);

/** The public requirement profile, contract v1.1 (docs: README "Profile format"). */
export const profileSchema = z.strictObject({
  version: z.literal(1),
  environment: environmentSchema.default({}),
  weights: z.record(criterionIdSchema, weightSchema).default({}),
  mustHave: z.array(criterionIdSchema).default([]),
  /** v1.1: when false (the default), archived, retired and removed projects are excluded. */
  includeUnmaintained: z.boolean().optional(),
  /** v1.1: the option the team decided on per category (may differ from the top-ranked one). */
  choices: z.partialRecord(categoryIdSchema, optionIdSchema).optional(),
});
export type Profile = z.infer<typeof profileSchema>;

export const presetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: localizedTextSchema,
  description: localizedTextSchema,
  profile: profileSchema,
});
export type Preset = z.infer<typeof presetSchema>;
