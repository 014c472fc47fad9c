import { z } from './zod';
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

export const kernelVersionSchema = z
  .string()
  .check(z.regex(/^\d+\.\d+$/, 'kernel is "major.minor", e.g. "4.19"'));

/** How many hosts a cluster has; named because the questionnaire checks the typed count with it. */
export const hostCountSchema = z.int().check(z.minimum(1));

/** The user's environment (profile contract v1). A missing key means unknown. */
export const environmentSchema = z.strictObject({
  orchestrator: z.optional(orchestratorSchema),
  cloud: z.optional(cloudSchema),
  bgp: z.optional(z.boolean()),
  l2: z.optional(z.boolean()),
  udpOffload: z.optional(z.boolean()),
  sriov: z.optional(z.boolean()),
  kernel: z.optional(kernelVersionSchema),
  /** v1.1: OpenStack runs underneath (Neutron/Kuryr-style options need it). */
  openstack: z.optional(z.boolean()),
  /** v1.1: hosted SaaS services are acceptable. */
  saas: z.optional(z.boolean()),
  /** v1.1: how many hosts the cluster has or will have. */
  hosts: z.optional(hostCountSchema),
});
export type Environment = z.infer<typeof environmentSchema>;
export const environmentKeys = z.keyof(environmentSchema).options;
export type EnvironmentKey = (typeof environmentKeys)[number];

/**
 * A condition on the environment: every key given must hold.
 * Lists mean "one of"; kernelAtLeast compares major.minor.
 */
export const envMatchSchema = z
  .strictObject({
    orchestrator: z.optional(z.array(orchestratorSchema).check(z.minLength(1))),
    cloud: z.optional(z.array(cloudSchema).check(z.minLength(1))),
    bgp: z.optional(z.boolean()),
    l2: z.optional(z.boolean()),
    udpOffload: z.optional(z.boolean()),
    sriov: z.optional(z.boolean()),
    kernelAtLeast: z.optional(kernelVersionSchema),
    openstack: z.optional(z.boolean()),
    saas: z.optional(z.boolean()),
    /** Holds when the cluster has at least this many hosts. */
    hostsAtLeast: z.optional(z.int().check(z.minimum(1))),
    /** Holds when the cluster has fewer than this many hosts. */
    hostsBelow: z.optional(z.int().check(z.minimum(2))),
  })
  .check(z.refine((m) => Object.keys(m).length > 0, 'a condition needs at least one key'));
export type EnvMatch = z.infer<typeof envMatchSchema>;

/** Met when any of the conditions holds; excluded when all are contradicted. */
export const requirementSchema = z.strictObject({
  anyOf: z.array(envMatchSchema).check(z.minLength(1)),
  reason: localizedTextSchema,
  source: sourceRefSchema,
  /**
   * Less obvious ways the requirement can be met, said next to the result when one is how it
   * holds, e.g. "hosts share one L2 segment (node-to-node mesh); legacy hosts need static routes".
   */
  /** Set by the loader on the requirement it derives from an option's plugin models. */
  origin: z.optional(z.enum(['pluginModel'])),
  feasibleVia: z.optional(
    z.array(z.strictObject({ if: envMatchSchema, note: localizedTextSchema, source: sourceRefSchema })),
  ),
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
    z
      .strictObject({
        id: orchestratorSchema,
        name: z.string().check(z.minLength(1)),
        /** Where the name has words to translate (e.g. "Docker Engine only"); views fall back to `name`. */
        localName: z.optional(localizedTextSchema),
        pluginModels: z.array(pluginModelSchema),
        source: sourceRefSchema,
      })
      .check(
        z.refine((o) => o.localName === undefined || o.localName.en === o.name, {
          message: 'localName.en must repeat name',
          path: ['localName', 'en'],
        }),
      ),
  ),
  pluginModels: z.array(
    z.strictObject({ id: pluginModelSchema, name: localizedTextSchema, source: sourceRefSchema }),
  ),
  /**
   * How the loader words the requirement it derives from an option's plugin models: text, so it
   * lives with the other words of the knowledge base rather than in code.
   */
  pluginModelFit: z.strictObject({
    /** `{models}`: the option's models by their short names; `{orchestrators}`: the ids that accept one. */
    reason: localizedTextSchema.check(
      z.refine(
        (t) => Object.values(t).every((s) => s.includes('{models}') && s.includes('{orchestrators}')),
        {
          message: 'every language names {models} and {orchestrators}',
        },
      ),
    ),
    /** Stands for `{orchestrators}` when no orchestrator accepts the models. */
    noOrchestrator: localizedTextSchema,
    /** Between orchestrator ids; not trimmed, as the space after a comma is part of it. */
    separator: z.strictObject({ en: z.string(), zh: z.string(), ru: z.string() }),
    /** The models' short names in the sentence, e.g. "CNI", "plain Docker". */
    shortNames: z.record(pluginModelSchema, z.string().check(z.minLength(1))),
  }),
});
export type EnvironmentData = z.infer<typeof environmentDataSchema>;
