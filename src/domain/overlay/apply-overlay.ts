import { KnowledgeError, loadKnowledge, type Knowledge, type RawFile } from '../knowledge';
import { crossCheck } from '../knowledge/cross-check';
import { indexKnowledge, trustedFiles } from '../knowledge/index-knowledge';
import { parseBoundedJson } from '../profile/bounded-json';
import { OVERLAY_LIMITS } from './limits';
import { formatIssues } from '../profile/format-issues';
import { overlaySchema, type StackRulesFile } from '../schemas';
import type { AppliedOverlay } from './applied';
import { fillTexts } from './fill-texts';
import { newMerge, type Merge } from './merge';
import { mergeEntities, mergeStackRules } from './merge-entities';
import { mergeStatuses, mergeValues } from './merge-patches';
import { ruleLoops } from './rule-loops';
import { sha256 } from './sha256';

export { OVERLAY_LIMITS };

export type OverlayMode = 'full' | 'trusted';

export type OverlayResult =
  { ok: true; knowledge: Knowledge; overlay: AppliedOverlay } | { ok: false; problems: string[] };

/**
 * The loader's messages name data/ paths; say instead where in the overlay each came from.
 * Undefined when the problem is not the overlay's (a base file's).
 */
function overlayPlace(merge: Merge, problem: string): string | undefined {
  // The most specific origin first (a patched field before its file); a match ends at a boundary,
  // so "rules[2]" does not claim "rules[20]".
  const origins = [...merge.origin].sort(([a], [b]) => b.length - a.length);
  for (const [path, where] of origins) {
    const file = `data/${path}`;
    const rest = problem.slice(file.length);
    if (!problem.startsWith(file) || !/^(?:$|[.:[\s])/.test(rest)) continue;
    // "file: a.b[0]: what" becomes "where.a.b[0]: what": one path into the overlay.
    const pathFirst = /^: [A-Za-z_$][\w$]*(?:\[\d+\]|\.[\w$]+)*:/.test(rest);
    return `${merge.label}: ${where}${pathFirst ? `.${rest.slice(2)}` : rest}`;
  }
  return undefined;
}

const locate = (merge: Merge, problem: string): string =>
  overlayPlace(merge, problem) ?? `${merge.label}: ${problem}`;

/**
 * Loads the merged files. `full` checks everything as the CLI's loader does. `trusted` is for a
 * base already checked at build time and loaded in part, in one language (the app): only the
 * cross-checks run, and only problems in what the overlay brought count.
 */
function load(merge: Merge, mode: OverlayMode): Knowledge | string[] {
  const files = [...merge.files].map(([path, data]) => ({ path, data }));
  if (mode === 'trusted') {
    const parsed = trustedFiles(files);
    const found: string[] = [];
    crossCheck(parsed, found);
    const problems = found.flatMap((p) => overlayPlace(merge, p) ?? []);
    return problems.length > 0 ? problems : indexKnowledge(parsed);
  }
  try {
    return loadKnowledge(files);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems.map((p) => locate(merge, p));
    throw error;
  }
}

function checkLoops(merge: Merge): void {
  const rules = (merge.files.get('stack-rules.json') as StackRulesFile | undefined)?.rules ?? [];
  for (const loop of ruleLoops(rules))
    merge.problems.push(
      `${merge.label}: stackRules: rules form a loop (${loop.join(' → ')}); a rule may not, through others, constrain the option it starts from`,
    );
}

/**
 * The base knowledge (data/'s files) with a team's overlay merged in, checked by data/'s own
 * schemas and cross-checks, or every problem, each naming the overlay, the path and the value.
 * Nothing is changed when the overlay is refused, and the base files are never written to.
 */
export function applyOverlay(
  base: readonly RawFile[],
  text: string,
  label: string,
  mode: OverlayMode = 'full',
): OverlayResult {
  const json = parseBoundedJson(text, label, OVERLAY_LIMITS);
  if (!json.ok)
    return {
      ok: false,
      problems: json.problems.map((p) => (p.startsWith(`${label}: `) ? p : `${label}: ${p}`)),
    };
  const filled = fillTexts(json.value);
  const parsed = overlaySchema.safeParse(filled);
  if (!parsed.success)
    return { ok: false, problems: formatIssues(parsed.error, filled).map((p) => `${label}: ${p}`) };
  const overlay = parsed.data;
  const merge = newMerge(label, base);
  mergeEntities(merge, overlay);
  mergeStackRules(merge, overlay);
  mergeValues(merge, overlay);
  mergeStatuses(merge, overlay);
  checkLoops(merge);
  if (merge.problems.length > 0) return { ok: false, problems: merge.problems };
  const knowledge = load(merge, mode);
  if (Array.isArray(knowledge)) return { ok: false, problems: knowledge };
  const applied: AppliedOverlay = {
    name: overlay.name,
    owner: overlay.owner,
    description: overlay.description,
    sha256: sha256(text.startsWith('\uFEFF') ? text.slice(1) : text),
    facts: merge.facts,
  };
  return { ok: true, knowledge: { ...knowledge, overlay: applied }, overlay: applied };
}
