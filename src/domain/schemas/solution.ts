import { z } from './zod';
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
  note: z.optional(localizedTextSchema),
  source: sourceRefSchema,
  when: z.optional(z.array(conditionalValueSchema)),
});
export type CriterionValue = z.infer<typeof criterionValueSchema>;

export const sourcedTextSchema = z.strictObject({
  text: localizedTextSchema,
  source: sourceRefSchema,
  /** Holds only in this environment (e.g. a pro that needs BGP); left out where contradicted. */
  if: z.optional(envMatchSchema),
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

export const solutionSchema = z
  .strictObject({
    id: optionIdSchema,
    category: categoryIdSchema,
    /** The canonical English name: the CLI's text and JSON outputs print it. */
    name: z.string().check(z.minLength(1)),
    /**
     * The name as people read it in each language where it has words to translate, e.g.
     * "Calico（BGP，无封装）"; product names stay as they are. Views fall back to `name` without it.
     */
    localName: z.optional(localizedTextSchema),
    /** Variants of one project share a family, e.g. flannel-udp / flannel-vxlan / flannel-host-gw. */
    family: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    summary: localizedTextSchema,
    /** Networking: which plugin models it fits; orchestrator compatibility is derived from this. */
    pluginModels: z.optional(
      z.strictObject({ models: z.array(pluginModelSchema).check(z.minLength(1)), source: sourceRefSchema }),
    ),
    /** Logging and monitoring: the pipeline roles this option fills. */
    provides: z.optional(
      z.strictObject({ roles: z.array(pipelineRoleSchema).check(z.minLength(1)), source: sourceRefSchema }),
    ),
    /** Networking: where pod traffic meets the intranet, drawn on the architecture diagram. */
    podBoundary: z.optional(
      z.strictObject({ kind: podBoundarySchema, note: localizedTextSchema, source: sourceRefSchema }),
    ),
    requires: z.array(requirementSchema),
    dependencies: z.array(sourcedTextSchema),
    values: z.record(criterionIdSchema, criterionValueSchema),
    pros: z.array(sourcedTextSchema),
    cons: z.array(sourcedTextSchema),
    status: z.strictObject({
      state: z.enum(maintenanceStates),
      /** Only where a source gives a date. */
      asOf: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/, 'asOf is "YYYY-MM"'))),
      note: localizedTextSchema,
      source: sourceRefSchema,
    }),
    homepage: z.optional(httpUrlSchema),
  })
  .check(
    z.refine((s) => s.localName === undefined || s.localName.en === s.name, {
      message: 'localName.en must repeat name',
      path: ['localName', 'en'],
    }),
  );
export type Solution = z.infer<typeof solutionSchema>;
