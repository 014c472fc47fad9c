import type { Knowledge } from '../knowledge';
import { profileSchema, type Profile } from '../schemas';
import { FORBIDDEN_KEYS, showKey } from './bounded-json';
import { formatIssues, showValue } from './format-issues';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; problems: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Prototype keys in the profile and its maps. zod's records skip `__proto__` without a word, so
 * they are looked for here, by name, whatever produced the value.
 */
function forbiddenKeys(input: unknown): string[] {
  if (!isRecord(input)) return [];
  // The strict objects (the profile, environment) report any extra key themselves.
  const places: [string, unknown][] = [
    ['weights.', input.weights],
    ['choices.', input.choices],
  ];
  return places.flatMap(([prefix, value]) =>
    isRecord(value)
      ? [...FORBIDDEN_KEYS]
          .filter((key) => Object.hasOwn(value, key))
          .map((key) => `${prefix}${key}: key not allowed (value: "${key}")`)
      : [],
  );
}

/**
 * The boundary for every profile that enters (CLI file, import, share link, stored state):
 * schema first, then ids checked against the knowledge base. Lists every problem.
 */
export function parseProfile(input: unknown, kb: Knowledge): ProfileResult {
  const forbidden = forbiddenKeys(input);
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: [...forbidden, ...formatIssues(parsed.error, input)] };
  const profile = parsed.data;
  const problems: string[] = forbidden;
  for (const [id, weight] of Object.entries(profile.weights)) {
    if (!kb.criterionById.has(id))
      problems.push(`weights.${showKey(id)}: unknown criterion id (value: ${showValue(weight)})`);
  }
  profile.mustHave.forEach((id, i) => {
    if (!kb.criterionById.has(id))
      problems.push(`mustHave[${i}]: unknown criterion id (value: ${showValue(id)})`);
  });
  for (const [category, id] of Object.entries(profile.choices ?? {})) {
    const option = id === undefined ? undefined : kb.optionById.get(id);
    if (!option)
      problems.push(`choices.${showKey(category)}: unknown option id (value: ${showValue(id ?? null)})`);
    else if (option.category !== category)
      problems.push(
        `choices.${showKey(category)}: option is in category ${option.category} (value: ${showValue(id)})`,
      );
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile };
}
