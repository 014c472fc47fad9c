import { z } from './zod';
import { criterionIdSchema, optionIdSchema } from './ids';
import { envMatchSchema } from './environment';
import { localizedTextSchema } from './i18n';
import { sourceRefSchema } from './source';

export const benchmarkResultSchema = z
  .strictObject({
    label: z.string().check(z.minLength(1)),
    /** The knowledge-base option measured, when there is one. */
    option: z.optional(optionIdSchema),
    /** As measured, in the series unit. */
    value: z.optional(z.number()),
    /** For sources that only give an order: 1 = best. */
    rank: z.optional(z.int().check(z.minimum(1))),
    note: z.optional(localizedTextSchema),
  })
  .check(z.refine((r) => r.value !== undefined || r.rank !== undefined, 'a result needs a value or a rank'));
export type BenchmarkResult = z.infer<typeof benchmarkResultSchema>;

export const benchmarkSeriesSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  metric: localizedTextSchema,
  unit: z.string().check(z.minLength(1)),
  higherIsBetter: z.boolean(),
  /**
   * The criterion this series measures. Only then does it feed scores: values with a baseline
   * become ratios to it, rank-only series order options the judged levels leave tied.
   */
  criterion: z.optional(criterionIdSchema),
  /** Reference measurement (e.g. bare metal / host-to-host) in the same unit. */
  baseline: z.optional(z.strictObject({ label: z.string().check(z.minLength(1)), value: z.number() })),
  results: z.array(benchmarkResultSchema).check(z.minLength(1)),
  /** Ratios to baseline are derived by us, not quoted; say so when shown. */
  note: z.optional(localizedTextSchema),
});
export type BenchmarkSeries = z.infer<typeof benchmarkSeriesSchema>;

export const benchmarkSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  title: localizedTextSchema,
  source: sourceRefSchema,
  /** When measured or published: "YYYY" or "YYYY-MM". */
  date: z.string().check(z.regex(/^\d{4}(-\d{2})?$/)),
  conditions: z.strictObject({
    platform: localizedTextSchema,
    nicGbps: z.optional(z.number().check(z.positive())),
    mtu: z.optional(z.int().check(z.positive())),
    udpOffload: z.optional(z.boolean()),
    /** The environment the figures stand for; a profile that contradicts it does not use them. */
    environment: z.optional(envMatchSchema),
    versions: z.optional(z.string().check(z.minLength(1))),
    runs: z.optional(z.int().check(z.positive())),
    notes: z.optional(localizedTextSchema),
  }),
  series: z.array(benchmarkSeriesSchema).check(z.minLength(1)),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;
