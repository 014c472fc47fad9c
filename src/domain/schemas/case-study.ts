import { z } from './zod';
import { environmentSchema } from './environment';
import { caseStudyIdSchema, categoryIdSchema, criterionIdSchema, optionIdSchema } from './ids';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';
import { sourcedTextSchema } from './solution';

export const scaleFigureSchema = z.strictObject({
  value: z.number().check(z.nonnegative()),
  qualifier: z.enum(['exact', 'approx', 'atLeast', 'atMost']),
  note: z.optional(localizedTextSchema),
  source: sourceRefSchema,
});
export type ScaleFigure = z.infer<typeof scaleFigureSchema>;

/** One environment fact the case states, e.g. `{ "l2": true }`, with where it says so. */
export const situationFactSchema = z.strictObject({
  environment: environmentSchema.check(z.refine((e) => Object.keys(e).length === 1, 'one fact per entry')),
  source: sourceRefSchema,
});
export type SituationFact = z.infer<typeof situationFactSchema>;

/** The company's situation as far as the case states it; what it does not state stays absent. */
export const situationSchema = z.strictObject({
  facts: z.array(situationFactSchema),
  /** Criteria the company needed, e.g. fixedIp, legacyInterop. */
  needs: z.array(z.strictObject({ criterion: criterionIdSchema, source: sourceRefSchema })),
});
export type Situation = z.infer<typeof situationSchema>;

export const flowKinds = ['traffic', 'image', 'log', 'metrics', 'storage', 'discovery'] as const;
export const flowKindSchema = z.enum(flowKinds);
export type FlowKind = z.infer<typeof flowKindSchema>;

/** A path the case describes, e.g. the image path LVS → registry → Ceph. */
export const flowSchema = z.strictObject({
  kind: flowKindSchema,
  steps: z
    .array(z.strictObject({ label: localizedTextSchema, option: z.optional(optionIdSchema) }))
    .check(z.minLength(2)),
  source: sourceRefSchema,
});
export type Flow = z.infer<typeof flowSchema>;

export const caseStudySchema = z.strictObject({
  id: caseStudyIdSchema,
  company: localizedTextSchema,
  industry: localizedTextSchema,
  /** Year the described setup was reported. */
  year: z.int().check(z.minimum(2010), z.maximum(2100)),
  summary: localizedTextSchema,
  scale: z.strictObject({
    containers: z.optional(scaleFigureSchema),
    hosts: z.optional(scaleFigureSchema),
    apps: z.optional(scaleFigureSchema),
    other: z.array(z.strictObject({ label: localizedTextSchema, figure: scaleFigureSchema })),
  }),
  /** The stack layer by layer; `options` reference knowledge-base ids, `detail` says what else. */
  stack: z
    .array(
      z.strictObject({
        category: categoryIdSchema,
        options: z.array(optionIdSchema),
        detail: localizedTextSchema,
        source: sourceRefSchema,
      }),
    )
    .check(z.minLength(1)),
  situation: z.optional(situationSchema),
  /** Paths through the architecture as the seeds describe them, drawn on the diagram. */
  flows: z.optional(z.array(flowSchema)),
  lessons: z.array(sourcedTextSchema),
  problems: z.array(sourcedTextSchema),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
