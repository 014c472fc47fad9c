import * as z from 'zod';
import { categoryIdSchema, criterionIdSchema } from './ids';
import { localizedTextSchema } from './i18n';

export const levelSchema = z.number().int().min(0).max(4);
export type Level = z.infer<typeof levelSchema>;

export const criterionSchema = z.strictObject({
  id: criterionIdSchema,
  /** A criterion may serve several categories (e.g. simplicity, maturity). */
  categories: z.array(categoryIdSchema).min(1),
  name: localizedTextSchema,
  /** One line: what a high score means. */
  meaning: localizedTextSchema,
  /** capability: does it have the feature (0 no … 4 built in); quality: how good (0 worst … 4 best). */
  kind: z.enum(['capability', 'quality']),
  /** A must-have is satisfied at this level or above. */
  satisfiedAt: levelSchema,
  /**
   * For criteria that benchmarks measure: how a measured ratio to the baseline (1 = as good as
   * bare metal) maps onto the 0–4 scale, piecewise linear between anchors, increasing.
   */
  measure: z
    .strictObject({
      anchors: z.array(z.strictObject({ ratio: z.number().min(0), level: z.number().min(0).max(4) })).min(2),
      note: localizedTextSchema,
    })
    .optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const categorySchema = z.strictObject({
  id: categoryIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
});
export type Category = z.infer<typeof categorySchema>;

/** data/criteria.json */
export const criteriaFileSchema = z.strictObject({
  scale: z
    .array(z.strictObject({ level: levelSchema, label: localizedTextSchema, meaning: localizedTextSchema }))
    .length(5),
  categories: z.array(categorySchema),
  criteria: z.array(criterionSchema),
});
export type CriteriaFile = z.infer<typeof criteriaFileSchema>;
