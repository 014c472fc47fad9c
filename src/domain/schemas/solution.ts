import * as z from 'zod';
import { categoryIdSchema, criterionIdSchema, optionIdSchema } from './ids';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';
import { httpUrlSchema } from './url';
import { envMatchSchema, pluginModelSchema, requirementSchema } from './environment';
import { levelSchema } from './criterion';

/** A value that holds only in some environments, e.g. VXLAN throughput with UDP offload. */
export const conditionalValueSchema = z.strictObject({
  if: envMatchSchema,
  level: levelSchema,
  note: localizedTextSchema,
  source: sourceRefSchema,
});
export type ConditionalValue = z.infer<typeof conditionalValueSchema>;

export const criterionValueSchema = z.strictObject({
  /** The value when no condition below applies (or its environment key is unknown). */
  level: levelSchema,
  note: localizedTextSchema.optional(),
  source: sourceRefSchema,
  when: z.array(conditionalValueSchema).optional(),
});
export type CriterionValue = z.infer<typeof criterionValueSchema>;

export const sourcedTextSchema = z.strictObject({
  text: localizedTextSchema,
  source: sourceRefSchema,
  /** Holds only in this environment (e.g. a pro that needs BGP); left out where contradicted. */
  if: envMatchSchema.optional(),
});
export type SourcedText = z.infer<typeof sourcedTextSchema>;

export const maintenanceStates = [
  'active',
  'maintenance',
  'inactive',
  'deprecated',
  'archived',
  'retired',
  'removed',
] as const;
export type MaintenanceState = (typeof maintenanceStates)[number];
/** Excluded unless the profile sets includeUnmaintained (contract v1.1). */
export const unmaintainedStates: readonly MaintenanceState[] = ['archived', 'retired', 'removed'];

/** What a logging or monitoring option does in a pipeline; a complete stack provides all of its category's roles. */
export const pipelineRoles = ['collect', 'ship', 'store', 'search', 'visualise', 'alert'] as const;
export const pipelineRoleSchema = z.enum(pipelineRoles);
export type PipelineRole = z.infer<typeof pipelineRoleSchema>;

/** How pod addresses meet the intranet: routed (the network knows pod routes), NAT, or pods on the L2 segment. */
export const podBoundaries = ['routed', 'nat', 'l2'] as const;
export const podBoundarySchema = z.enum(podBoundaries);
export type PodBoundary = z.infer<typeof podBoundarySchema>;

export const solutionSchema = z.strictObject({
  id: optionIdSchema,
  category: categoryIdSchema,
  name: z.string().min(1),
  /** Variants of one project share a family, e.g. flannel-udp / flannel-vxlan / flannel-host-gw. */
  family: z.string().regex(/^[a-z0-9-]+$/),
  summary: localizedTextSchema,
  /** Networking: which plugin models it fits; orchestrator compatibility is derived from this. */
  pluginModels: z
    .strictObject({ models: z.array(pluginModelSchema).min(1), source: sourceRefSchema })
    .optional(),
  /** Logging and monitoring: the pipeline roles this option fills. */
  provides: z.strictObject({ roles: z.array(pipelineRoleSchema).min(1), source: sourceRefSchema }).optional(),
  /** Networking: where pod traffic meets the intranet, drawn on the architecture diagram. */
  podBoundary: z
    .strictObject({ kind: podBoundarySchema, note: localizedTextSchema, source: sourceRefSchema })
    .optional(),
  requires: z.array(requirementSchema),
  dependencies: z.array(sourcedTextSchema),
  values: z.record(criterionIdSchema, criterionValueSchema),
  pros: z.array(sourcedTextSchema),
  cons: z.array(sourcedTextSchema),
  status: z.strictObject({
    state: z.enum(maintenanceStates),
    /** Only where a source gives a date. */
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}$/, 'asOf is "YYYY-MM"')
      .optional(),
    note: localizedTextSchema,
    source: sourceRefSchema,
  }),
  homepage: httpUrlSchema.optional(),
});
export type Solution = z.infer<typeof solutionSchema>;
