import * as z from 'zod';
import { categoryIdSchema } from '../schemas';

/** Longest rationale kept per category: a few paragraphs, not a document. */
export const MAX_RATIONALE = 4000;
/** Longest "superseded by" reference: an ADR id, a title or a URL. */
export const MAX_SUPERSEDED_BY = 300;

export const recordStatuses = ['proposed', 'accepted', 'superseded'] as const;
export const recordStatusSchema = z.enum(recordStatuses);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

export const rationaleSchema = z.string().max(MAX_RATIONALE);
export const rationalesSchema = z.partialRecord(categoryIdSchema, rationaleSchema);
export type Rationales = z.infer<typeof rationalesSchema>;

export const supersededBySchema = z.string().max(MAX_SUPERSEDED_BY);
