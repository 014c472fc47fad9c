import * as z from 'zod';
import { environmentSchema } from './environment';
import { caseStudyIdSchema, categoryIdSchema, criterionIdSchema, optionIdSchema } from './ids';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';
import { sourcedTextSchema } from './solution';

export const scaleFigureSchema = z.strictObject({
  value: z.number().nonnegative(),
  qualifier: z.enum(['exact', 'approx', 'atLeast', 'atMost']),
  note: localizedTextSchema.optional(),
  source: sourceRefSchema,
});
export type ScaleFigure = z.infer<typeof scaleFigureSchema>;

/** One environment fact the case states, e.g. `{ "l2": true }`, with where it says so. */
export const situationFactSchema = z.strictObject({
  environment: environmentSchema.refine((e) => Object.keys(e).length === 1, 'one fact per entry'),
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
  steps: z.array(z.strictObject({ label: localizedTextSchema, option: optionIdSchema.optional() })).min(2),
  source: sourceRefSchema,
});
export type Flow = z.infer<typeof flowSchema>;

export const caseStudySchema = z.strictObject({
  id: caseStudyIdSchema,
  company: localizedTextSchema,
  industry: localizedTextSchema,
  /** Year the described setup was reported. */
  year: z.number().int().min(2010).max(2100),
  summary: localizedTextSchema,
  scale: z.strictObject({
    containers: scaleFigureSchema.optional(),
    hosts: scaleFigureSchema.optional(),
    apps: scaleFigureSchema.optional(),
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
    .min(1),
  situation: situationSchema.optional(),
  /** Paths through the architecture as the seeds describe them, drawn on the diagram. */
  flows: z.array(flowSchema).optional(),
  lessons: z.array(sourcedTextSchema),
  problems: z.array(sourcedTextSchema),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
