import {
  benchmarkSchema,
  caseStudySchema,
  solutionSchema,
  sourceSchema,
  stackRuleSchema,
  type Overlay,
  type StackRulesFile,
} from '../schemas';
import type { z } from '../schemas/zod';
import { factKey, type OverlayFactKind } from './applied';
import { refuse, refuseIssues, writable, type Merge } from './merge';

type ListName = 'sources' | 'options' | 'benchmarks' | 'caseStudies';

interface EntityKind {
  list: ListName;
  kind: OverlayFactKind;
  schema: z.ZodMiniType;
  /** Where data/ keeps an entity of this kind. */
  path: (entity: { id: string; category?: string }) => string;
}

const entityKinds: readonly EntityKind[] = [
  { list: 'sources', kind: 'source', schema: sourceSchema, path: (e) => `sources/${e.id}.json` },
  {
    list: 'options',
    kind: 'option',
    schema: solutionSchema,
    path: (e) => `solutions/${e.category ?? ''}/${e.id}.json`,
  },
  { list: 'benchmarks', kind: 'benchmark', schema: benchmarkSchema, path: (e) => `benchmarks/${e.id}.json` },
  {
    list: 'caseStudies',
    kind: 'case-study',
    schema: caseStudySchema,
    path: (e) => `case-studies/${e.id}.json`,
  },
];

/** Where each base entity is: `<kind>:<id>` → path under data/. */
function baseIndex(paths: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const path of paths) {
    const parts = path.replace(/\.json$/, '').split('/');
    const id = parts.at(-1) ?? '';
    const kind = entityKinds.find((k) => k.path({ id, category: parts[1] }) === path)?.kind;
    if (kind) index.set(factKey(kind, id), path);
  }
  return index;
}

/** Whether an entry may stand: a collision needs `override`, an `override` needs something to replace. */
function admit(merge: Merge, at: string, id: string, exists: boolean, override: boolean): boolean {
  if (exists && !override)
    refuse(merge, `${at}.id`, 'already in the knowledge base; add "override": true to replace it', id);
  else if (!exists && override)
    refuse(merge, `${at}.override`, `nothing named "${id}" to replace; leave "override" out to add it`, true);
  else return true;
  return false;
}

function checkSource(merge: Merge, at: string, source: z.infer<typeof sourceSchema>): boolean {
  if (source.kind === 'seed')
    refuse(
      merge,
      `${at}.kind`,
      'survey documents are the base knowledge’s own; cite "team" or "public"',
      'seed',
    );
  else if (source.kind === 'team' && !source.note)
    refuse(merge, `${at}.note`, 'a team’s own source says when, on what and how it was found', undefined);
  else return true;
  return false;
}

/** Adds or replaces the overlay's sources, options, benchmarks and case studies. */
export function mergeEntities(merge: Merge, overlay: Overlay): void {
  const index = baseIndex(merge.files.keys());
  for (const kind of entityKinds) {
    const seen = new Set<string>();
    (overlay[kind.list] ?? []).forEach((entry, i) => {
      const at = `${kind.list}[${i}]`;
      const { override, ...entity } = entry;
      const parsed = kind.schema.safeParse(entity);
      if (!parsed.success) return refuseIssues(merge, at, parsed.error, entity);
      const value = parsed.data as { id: string; category?: string };
      if (seen.has(value.id)) return refuse(merge, `${at}.id`, 'given twice in this overlay', value.id);
      seen.add(value.id);
      if (kind.kind === 'source' && !checkSource(merge, at, value as z.infer<typeof sourceSchema>)) return;
      const key = factKey(kind.kind, value.id);
      const existing = index.get(key);
      if (!admit(merge, at, value.id, existing !== undefined, override === true)) return;
      if (existing) merge.files.delete(existing);
      const path = kind.path(value);
      merge.files.set(path, value);
      merge.own.add(path);
      merge.origin.set(path, at);
      merge.facts.set(key, { kind: kind.kind, change: existing ? 'overridden' : 'added', id: value.id });
    });
  }
}

/** Adds or replaces stack rules by id. */
export function mergeStackRules(merge: Merge, overlay: Overlay): void {
  const entries = overlay.stackRules ?? [];
  if (entries.length === 0) return;
  const file = writable<StackRulesFile | undefined>(merge, 'stack-rules.json');
  if (!file) return refuse(merge, 'stackRules', 'the knowledge base has no stack rules to add to');
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const at = `stackRules[${i}]`;
    const { override, ...entity } = entry;
    const parsed = stackRuleSchema.safeParse(entity);
    if (!parsed.success) return refuseIssues(merge, at, parsed.error, entity);
    const rule = parsed.data;
    if (seen.has(rule.id)) return refuse(merge, `${at}.id`, 'given twice in this overlay', rule.id);
    seen.add(rule.id);
    const existing = file.rules.findIndex((r) => r.id === rule.id);
    if (!admit(merge, at, rule.id, existing >= 0, override === true)) return;
    const index = existing >= 0 ? existing : file.rules.length;
    file.rules[index] = rule;
    // The loader names a rule by its place in the merged file (`rules[5]`), which the overlay's
    // author has never seen: map that place back to the entry. Base rules keep data/'s name.
    merge.origin.set(`stack-rules.json: rules[${index}]`, at);
    merge.facts.set(factKey('stack-rule', rule.id), {
      kind: 'stack-rule',
      change: existing >= 0 ? 'overridden' : 'added',
      id: rule.id,
    });
  });
}
