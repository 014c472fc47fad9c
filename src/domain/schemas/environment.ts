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
  })
  .refine((m) => Object.keys(m).length > 0, 'a condition needs at least one key');
export type EnvMatch = z.infer<typeof envMatchSchema>;

/** Met when any of the conditions holds; excluded when all are contradicted. */
export const requirementSchema = z.strictObject({
  anyOf: z.array(envMatchSchema).min(1),
  reason: localizedTextSchema,
  source: sourceRefSchema,
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
