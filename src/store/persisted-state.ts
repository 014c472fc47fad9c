import { rationalesSchema, recordStatusSchema, supersededBySchema } from '@/domain/decision/record-state';
import { DEFAULT_LIMITS, formatIssues, parseBoundedJson, type JsonLimits } from '@/domain/profile';
import { environmentSchema, languageSchema, profileSchema } from '@/domain/schemas';
import { z } from '@/domain/schemas/zod';
import { methods } from '@/domain/scoring';

export const STORAGE_KEY = 'container-stack-advisor';
export const STORAGE_VERSION = 1;

/** What survives a reload: user input only; rankings are always derived. */
export const persistedStateSchema = z.strictObject({
  environment: environmentSchema,
  weights: profileSchema.shape.weights.def.innerType,
  mustHave: profileSchema.shape.mustHave.def.innerType,
  // v1.1 profile fields; states stored before them are still valid.
  includeUnmaintained: z._default(z.boolean(), false),
  choices: z._default(profileSchema.shape.choices.def.innerType, {}),
  method: z.enum(methods),
  compared: z.array(z.string()).check(z.maxLength(4)),
  language: languageSchema,
  theme: z.enum(['light', 'dark', 'system']),
  // The decision record's own input; states stored before it are still valid.
  rationales: z._default(rationalesSchema, {}),
  recordStatus: z._default(recordStatusSchema, 'proposed'),
  supersededBy: z.optional(supersededBySchema),
});
export type PersistedState = z.infer<typeof persistedStateSchema>;

/** The versions this app reads: the current one and the unversioned (0) state it migrates. */
export const READABLE_VERSIONS = [0, STORAGE_VERSION] as const;

/** How the state is stored: exactly a state object and a version this app reads. */
export const storedWrapperSchema = z.strictObject({
  state: z.record(z.string(), z.unknown()),
  version: z.literal(READABLE_VERSIONS, {
    error: `unknown version: this app reads versions ${READABLE_VERSIONS.join(' and ')}`,
  }),
});

/** Stored text is bounded like every other JSON that enters. */
export const STORED_LIMITS: JsonLimits = DEFAULT_LIMITS;

/** Earlier stored shapes are upgraded here; version 0 (unversioned) had no theme. */
export function migrate(state: unknown, version: number): unknown {
  if (version === 0 && state && typeof state === 'object') return { theme: 'system', ...state };
  return state;
}

export type StoredRead = { ok: true; state: PersistedState } | { ok: false; problems: string[] };

/**
 * Reads the stored text: bounded JSON (size, depth, keys, prototype keys; a BOM is stripped), the
 * wrapper shape, a version this app reads (others are refused, never rewritten), the migration of
 * version 0, then the state's schema. Every way it can fail gives problems that name a path and a
 * value.
 */
export function readStoredState(text: string): StoredRead {
  const json = parseBoundedJson(text, 'stored state', STORED_LIMITS);
  if (!json.ok) return { ok: false, problems: json.problems };
  const wrapper = storedWrapperSchema.safeParse(json.value);
  if (!wrapper.success) return { ok: false, problems: formatIssues(wrapper.error, json.value) };
  const state = migrate(wrapper.data.state, wrapper.data.version);
  const parsed = persistedStateSchema.safeParse(state);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error, state) };
  return { ok: true, state: parsed.data };
}

/** The stored text of a state, as this version writes it. */
export const storedText = (state: PersistedState): string =>
  JSON.stringify({ state, version: STORAGE_VERSION });
