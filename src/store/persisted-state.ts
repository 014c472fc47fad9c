import * as z from 'zod';
import { rationalesSchema, recordStatusSchema, supersededBySchema } from '@/domain/decision/record-state';
import { environmentSchema, languageSchema, profileSchema } from '@/domain/schemas';
import { methods } from '@/domain/scoring';

export const STORAGE_KEY = 'container-stack-advisor';
export const STORAGE_VERSION = 1;

/** What survives a reload: user input only; rankings are always derived. */
export const persistedStateSchema = z.strictObject({
  environment: environmentSchema,
  weights: profileSchema.shape.weights.unwrap(),
  mustHave: profileSchema.shape.mustHave.unwrap(),
  // v1.1 profile fields; states stored before them are still valid.
  includeUnmaintained: z.boolean().default(false),
  choices: profileSchema.shape.choices.unwrap().default({}),
  method: z.enum(methods),
  compared: z.array(z.string()).max(4),
  language: languageSchema,
  theme: z.enum(['light', 'dark', 'system']),
  // The decision record's own input; states stored before it are still valid.
  rationales: rationalesSchema.default({}),
  recordStatus: recordStatusSchema.default('proposed'),
  supersededBy: supersededBySchema.optional(),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

/** Earlier stored shapes are upgraded here; version 0 (unversioned) had no theme. */
export function migrate(state: unknown, version: number): unknown {
  if (version === 0 && state && typeof state === 'object') return { theme: 'system', ...state };
  return state;
}
