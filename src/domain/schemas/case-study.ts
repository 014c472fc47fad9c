import * as z from 'zod';
import { caseStudyIdSchema, categoryIdSchema, optionIdSchema } from './ids';
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
  lessons: z.array(sourcedTextSchema),
  problems: z.array(sourcedTextSchema),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;
