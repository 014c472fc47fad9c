import type { Knowledge } from '@/domain/knowledge';
import { parseProfile, profileJsonValue, summarizeProblems, type ProfileResult } from '@/domain/profile';
import { criterionIdSchema, weightSchema } from '@/domain/schemas';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The part of `data` that is well-shaped for the id check: weights with valid values, must-haves
 * kept in place (a placeholder keeps the indexes of the others right).
 */
function wellShaped(data: Record<string, unknown>, placeholder: string): unknown {
  const weights = isRecord(data.weights)
    ? Object.fromEntries(
        Object.entries(data.weights).filter(
          ([id, w]) => criterionIdSchema.safeParse(id).success && weightSchema.safeParse(w).success,
        ),
      )
    : {};
  const mustHave = Array.isArray(data.mustHave)
    ? data.mustHave.map((id: unknown) => (criterionIdSchema.safeParse(id).success ? id : placeholder))
    : [];
  return { version: 1, weights, mustHave };
}

/**
 * An imported profile text (file or paste): the bounded JSON parser, then `parseProfile`. That
 * boundary checks ids only once the shape is valid; an import should list every problem at once,
 * so the well-shaped parts are checked for unknown ids too. The list is deduplicated and capped.
 */
export function parseImport(text: string, kb: Knowledge): ProfileResult {
  const json = profileJsonValue(text);
  if (!json.ok) return json;
  const data = json.value;
  const result = parseProfile(data, kb);
  if (result.ok) return result;
  const placeholder = kb.criteria[0]?.id;
  const ids =
    isRecord(data) && placeholder !== undefined ? parseProfile(wellShaped(data, placeholder), kb) : result;
  return { ok: false, problems: summarizeProblems([...result.problems, ...(ids.ok ? [] : ids.problems)]) };
}
