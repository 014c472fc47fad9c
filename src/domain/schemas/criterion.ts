import { z } from './zod';
import { categoryIdSchema, criterionIdSchema } from './ids';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';
import type { PipelineRole } from './solution';

export const levelSchema = z.int().check(z.minimum(0), z.maximum(4));
export type Level = z.infer<typeof levelSchema>;

/**
 * A pipeline role as criteria and categories name it. `./solution` defines the roles and imports
 * this file, so the names are repeated here and checked against its type at compile time.
 */
const pipelineRoleNameSchema = z.enum([
  'collect',
  'ship',
  'store',
  'search',
  'visualise',
  'alert',
] as const satisfies readonly PipelineRole[]);

export const criterionSchema = z.strictObject({
  id: criterionIdSchema,
  /** A criterion may serve several categories (e.g. simplicity, maturity). */
  categories: z.array(categoryIdSchema).check(z.minLength(1)),
  name: localizedTextSchema,
  /** One line: what a high score means. */
  meaning: localizedTextSchema,
  /** capability: does it have the feature (0 no … 4 built in); quality: how good (0 worst … 4 best). */
  kind: z.enum(['capability', 'quality']),
  /** A must-have is satisfied at this level or above. */
  satisfiedAt: levelSchema,
  /**
   * Logging and monitoring: the pipeline role this criterion measures. When a stack combines
   * components, the value comes from the member filling that role; a criterion without one (the
   * shared ones: simplicity, maturity, scale, self-hosting) takes the weakest member.
   */
  pipelineRole: z.optional(pipelineRoleNameSchema),
  /**
   * For criteria that benchmarks measure: how a measured ratio to the baseline (1 = as good as
   * bare metal) maps onto the 0–4 scale, piecewise linear between anchors, increasing.
   */
  measure: z.optional(
    z.strictObject({
      anchors: z
        .array(
          z.strictObject({
            ratio: z.number().check(z.minimum(0)),
            level: z.number().check(z.minimum(0), z.maximum(4)),
          }),
        )
        .check(z.minLength(2)),
      note: localizedTextSchema,
    }),
  ),
});
export type Criterion = z.infer<typeof criterionSchema>;

export const categorySchema = z.strictObject({
  id: categoryIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  /**
   * Categories whose options are stacks or components (logging, monitoring): the roles a complete
   * pipeline fills. Every option of such a category says which roles it provides.
   */
  pipeline: z.optional(
    z.strictObject({
      roles: z.array(pipelineRoleNameSchema).check(z.minLength(1)),
      note: localizedTextSchema,
      source: sourceRefSchema,
    }),
  ),
});
export type Category = z.infer<typeof categorySchema>;

/** data/criteria.json */
export const criteriaFileSchema = z.strictObject({
  scale: z
    .array(z.strictObject({ level: levelSchema, label: localizedTextSchema, meaning: localizedTextSchema }))
    .check(z.length(5)),
  categories: z.array(categorySchema),
  criteria: z.array(criterionSchema),
});
export type CriteriaFile = z.infer<typeof criteriaFileSchema>;
