import * as z from 'zod';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';

export const orchestrators = ['kubernetes', 'mesos', 'swarm', 'nomad', 'none'] as const;
export const orchestratorSchema = z.enum(orchestrators);
export type Orchestrator = z.infer<typeof orchestratorSchema>;

export const clouds = ['public', 'private', 'hybrid', 'bare-metal'] as const;
export const cloudSchema = z.enum(clouds);
export type Cloud = z.infer<typeof cloudSchema>;

export const pluginModels = ['cni', 'cnm', 'docker'] as const;
export const pluginModelSchema = z.enum(pluginModels);
export type PluginModel = z.infer<typeof pluginModelSchema>;

export const kernelVersionSchema = z.string().regex(/^\d+\.\d+$/, 'kernel is "major.minor", e.g. "4.19"');

/** The user's environment (profile contract v1). A missing key means unknown. */
export const environmentSchema = z.strictObject({
  orchestrator: orchestratorSchema.optional(),
  cloud: cloudSchema.optional(),
  bgp: z.boolean().optional(),
  l2: z.boolean().optional(),
  udpOffload: z.boolean().optional(),
  sriov: z.boolean().optional(),
  kernel: kernelVersionSchema.optional(),
  /** v1.1: OpenStack runs underneath (Neutron/Kuryr-style options need it). */
  openstack: z.boolean().optional(),
  /** v1.1: hosted SaaS services are acceptable. */
  saas: z.boolean().optional(),
  /** v1.1: how many hosts the cluster has or will have. */
  hosts: z.number().int().min(1).optional(),
});
export type Environment = z.infer<typeof environmentSchema>;
export const environmentKeys = environmentSchema.keyof().options;
export type EnvironmentKey = (typeof environmentKeys)[number];

/**
 * A condition on the environment: every key given must hold.
 * Lists mean "one of"; kernelAtLeast compares major.minor.
 */
export const envMatchSchema = z
  .strictObject({
    orchestrator: z.array(orchestratorSchema).min(1).optional(),
    cloud: z.array(cloudSchema).min(1).optional(),
    bgp: z.boolean().optional(),
    l2: z.boolean().optional(),
    udpOffload: z.boolean().optional(),
    sriov: z.boolean().optional(),
    kernelAtLeast: kernelVersionSchema.optional(),
    openstack: z.boolean().optional(),
    saas: z.boolean().optional(),
    /** Holds when the cluster has at least this many hosts. */
    hostsAtLeast: z.number().int().min(1).optional(),
    /** Holds when the cluster has fewer than this many hosts. */
    hostsBelow: z.number().int().min(2).optional(),
  })
  .refine((m) => Object.keys(m).length > 0, 'a condition needs at least one key');
export type EnvMatch = z.infer<typeof envMatchSchema>;

/** Met when any of the conditions holds; excluded when all are contradicted. */
export const requirementSchema = z.strictObject({
  anyOf: z.array(envMatchSchema).min(1),
  reason: localizedTextSchema,
  source: sourceRefSchema,
  /**
   * Less obvious ways the requirement can be met, said next to the result when one is how it
   * holds, e.g. "hosts share one L2 segment (node-to-node mesh); legacy hosts need static routes".
   */
  /** Set by the loader on the requirement it derives from an option's plugin models. */
  origin: z.enum(['pluginModel']).optional(),
  feasibleVia: z
    .array(z.strictObject({ if: envMatchSchema, note: localizedTextSchema, source: sourceRefSchema }))
    .optional(),
});
export type Requirement = z.infer<typeof requirementSchema>;

const questionSchema = z.strictObject({
  key: z.enum(environmentKeys),
  label: localizedTextSchema,
  explanation: localizedTextSchema,
  howToFind: localizedTextSchema,
});

/** data/environment.json: questionnaire texts and orchestrator ↔ plugin model facts. */
export const environmentDataSchema = z.strictObject({
  questions: z.array(questionSchema),
  orchestrators: z.array(
    z.strictObject({
      id: orchestratorSchema,
      name: z.string().min(1),
      pluginModels: z.array(pluginModelSchema),
      source: sourceRefSchema,
    }),
  ),
  pluginModels: z.array(
    z.strictObject({ id: pluginModelSchema, name: localizedTextSchema, source: sourceRefSchema }),
  ),
});
export type EnvironmentData = z.infer<typeof environmentDataSchema>;
