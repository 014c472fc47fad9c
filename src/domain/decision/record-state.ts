import { categoryIdSchema } from '../schemas';
import { z } from '../schemas/zod';

/** Longest rationale kept per category: a few paragraphs, not a document. */
export const MAX_RATIONALE = 4000;
/** Longest "superseded by" reference: an ADR id, a title or a URL. */
export const MAX_SUPERSEDED_BY = 300;

export const recordStatuses = ['proposed', 'accepted', 'superseded'] as const;
export const recordStatusSchema = z.enum(recordStatuses);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

export const rationaleSchema = z.string().check(z.maxLength(MAX_RATIONALE));
export const rationalesSchema = z.partialRecord(categoryIdSchema, rationaleSchema);
export type Rationales = z.infer<typeof rationalesSchema>;

export const supersededBySchema = z.string().check(z.maxLength(MAX_SUPERSEDED_BY));
