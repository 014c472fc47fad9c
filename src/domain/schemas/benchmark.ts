import * as z from 'zod';
import { criterionIdSchema, optionIdSchema } from './ids';
import { envMatchSchema } from './environment';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';

export const benchmarkResultSchema = z
  .strictObject({
    label: z.string().min(1),
    /** The knowledge-base option measured, when there is one. */
    option: optionIdSchema.optional(),
    /** As measured, in the series unit. */
    value: z.number().optional(),
    /** For sources that only give an order: 1 = best. */
    rank: z.number().int().min(1).optional(),
    note: localizedTextSchema.optional(),
  })
  .refine((r) => r.value !== undefined || r.rank !== undefined, 'a result needs a value or a rank');
export type BenchmarkResult = z.infer<typeof benchmarkResultSchema>;

export const benchmarkSeriesSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  metric: localizedTextSchema,
  unit: z.string().min(1),
  higherIsBetter: z.boolean(),
  /**
   * The criterion this series measures. Only then does it feed scores: values with a baseline
   * become ratios to it, rank-only series order options the judged levels leave tied.
   */
  criterion: criterionIdSchema.optional(),
  /** Reference measurement (e.g. bare metal / host-to-host) in the same unit. */
  baseline: z.strictObject({ label: z.string().min(1), value: z.number() }).optional(),
  results: z.array(benchmarkResultSchema).min(1),
  /** Ratios to baseline are derived by us, not quoted; say so when shown. */
  note: localizedTextSchema.optional(),
});
export type BenchmarkSeries = z.infer<typeof benchmarkSeriesSchema>;

export const benchmarkSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: localizedTextSchema,
  source: sourceRefSchema,
  /** When measured or published: "YYYY" or "YYYY-MM". */
  date: z.string().regex(/^\d{4}(-\d{2})?$/),
  conditions: z.strictObject({
    platform: localizedTextSchema,
    nicGbps: z.number().positive().optional(),
    mtu: z.number().int().positive().optional(),
    udpOffload: z.boolean().optional(),
    /** The environment the figures stand for; a profile that contradicts it does not use them. */
    environment: envMatchSchema.optional(),
    versions: z.string().min(1).optional(),
    runs: z.number().int().positive().optional(),
    notes: localizedTextSchema.optional(),
  }),
  series: z.array(benchmarkSeriesSchema).min(1),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;
