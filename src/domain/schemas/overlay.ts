import { z } from './zod';
import { criterionIdSchema, optionIdSchema } from './ids';
import { criterionValueSchema, solutionSchema } from './solution';

/** The overlay format this build reads. */
export const OVERLAY_FORMAT = 1;

/** Replaces a fact the base knowledge already has: an overlay says so, or it is refused. */
const overrideMarker = z.optional(z.literal(true));

/**
 * One entry of an entity list (source, option, benchmark, case study, stack rule): the entity as
 * in data/, plus `override: true` where it replaces one of the same id. The entity itself is
 * checked with data/'s own schema once the marker is taken off.
 */
export const overlayEntrySchema = z.looseObject({ override: overrideMarker });
export type OverlayEntry = z.infer<typeof overlayEntrySchema>;

export const overlayValueSchema = z.strictObject({
  option: optionIdSchema,
  criterion: criterionIdSchema,
  value: criterionValueSchema,
  override: overrideMarker,
});
export type OverlayValue = z.infer<typeof overlayValueSchema>;

export const overlayStatusSchema = z.strictObject({
  option: optionIdSchema,
  status: solutionSchema.shape.status,
  override: overrideMarker,
});
export type OverlayStatus = z.infer<typeof overlayStatusSchema>;

/**
 * A team's own knowledge over the published one: sources (its measurements among them), options,
 * single values, statuses, benchmarks, case studies and stack rules. Every fact cites a source,
 * as in data/.
 */
export const overlaySchema = z.strictObject({
  overlay: z.literal(OVERLAY_FORMAT),
  name: z
    .string()
    .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'overlay names are kebab-case'), z.maxLength(64)),
  owner: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  description: z.optional(z.string().check(z.maxLength(2000))),
  sources: z.optional(z.array(overlayEntrySchema)),
  options: z.optional(z.array(overlayEntrySchema)),
  values: z.optional(z.array(overlayValueSchema)),
  statuses: z.optional(z.array(overlayStatusSchema)),
  benchmarks: z.optional(z.array(overlayEntrySchema)),
  caseStudies: z.optional(z.array(overlayEntrySchema)),
  stackRules: z.optional(z.array(overlayEntrySchema)),
});
export type Overlay = z.infer<typeof overlaySchema>;
