import type { Knowledge } from '../knowledge';
import { profileSchema, type Profile } from '../schemas';
import { formatIssues } from './format-issues';

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; problems: string[] };

/**
 * The boundary for every profile that enters (CLI file, import, share link, stored state):
 * schema first, then ids checked against the knowledge base. Lists every problem.
 */
export function parseProfile(input: unknown, kb: Knowledge): ProfileResult {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: formatIssues(parsed.error, input) };
  const profile = parsed.data;
  const problems: string[] = [];
  for (const [id, weight] of Object.entries(profile.weights)) {
    if (!kb.criterionById.has(id)) problems.push(`weights.${id}: unknown criterion id (value: ${weight})`);
  }
  profile.mustHave.forEach((id, i) => {
    if (!kb.criterionById.has(id)) problems.push(`mustHave[${i}]: unknown criterion id (value: "${id}")`);
  });
  for (const [category, id] of Object.entries(profile.choices ?? {})) {
    const option = id === undefined ? undefined : kb.optionById.get(id);
    if (!option) problems.push(`choices.${category}: unknown option id (value: "${String(id)}")`);
    else if (option.category !== category)
      problems.push(`choices.${category}: option is in category ${option.category} (value: "${id}")`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile };
}
