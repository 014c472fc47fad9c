import type { Knowledge } from '../domain/knowledge';
import { categoryIds, type CategoryId, type OptionId, type Profile } from '../domain/schemas';
import { type Method } from '../domain/scoring';
import { describeAssumption, describeReason, describeSource } from '../words';
import {
  composeStack,
  whatIf,
  type PinRefusal,
  type Pins,
  type PipelineMember,
  type Stack,
} from '../domain/stack';
import { quoted, UsageError } from './usage-error';

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/** "--pin category=id", checked against the knowledge base; every problem names the flag and value. */
export function parsePins(kb: Knowledge, given: readonly string[]): Pins {
  const pins: Pins = {};
  for (const value of given) {
    const match = /^([a-z-]+)=([a-z0-9-]+)$/.exec(value);
    if (!match) throw new UsageError(`--pin: expected category=id (value: ${quoted(value)})`);
    const [, category = '', id = ''] = match;
    if (!(categoryIds as readonly string[]).includes(category))
      throw new UsageError(`--pin: unknown category "${category}" (value: ${quoted(value)})`);
    const option = kb.optionById.get(id);
    if (!option) throw new UsageError(`--pin: unknown option id "${id}" (value: ${quoted(value)})`);
    if (option.category !== category)
      throw new UsageError(
        `--pin: "${id}" is a ${option.category} option, not ${category} (value: ${quoted(value)})`,
      );
    if (pins[category as CategoryId])
      throw new UsageError(`--pin: ${category} pinned twice (value: ${quoted(value)})`);
    pins[category as CategoryId] = id as OptionId;
  }
  return pins;
}

function refusalText(kb: Knowledge, refusal: PinRefusal): string {
  const flag = `--pin ${refusal.category}=${refusal.id}`;
  switch (refusal.kind) {
    case 'excluded': {
      const why =
        refusal.reasons.map((r) => describeReason(kb, r)).join('; ') || 'not feasible for this profile';
      return `${flag}: excluded for this profile: ${why}`;
    }
    case 'conflict': {
      const [, other] = refusal.conflict.ids;
      return `${flag}: incompatible with ${other}: ${refusal.conflict.reason.en} — source: ${describeSource(kb, refusal.conflict.source)}`;
    }
    case 'unsatisfiable':
      return `${flag}: no compatible stack holds this pin`;
  }
}

/** The stack for a profile, or exit 2 when a pin cannot hold. */
export function stackFor(kb: Knowledge, profile: Profile, method: Method, pins: Pins): Stack {
  const outcome = composeStack(kb, profile, method, pins);
  if (!outcome.ok) throw new UsageError(refusalText(kb, outcome.refusal));
  return outcome.stack;
}

/** A pipeline's options, lead (or naming member) first; extra to the v1.1 shape, for logging and monitoring. */
const membersJson = (members: readonly PipelineMember[]) => ({
  members: members.map((m) => ({ id: m.option.id, roles: [...m.roles] })),
});

/** "loki + fluent-bit": the named option first, then the pipeline's other members. */
const named = (id: string, members: readonly PipelineMember[]): string =>
  [id, ...members.map((m) => m.option.id).filter((other) => other !== id)].join(' + ');

/** The `stack --json` document of the v1.1 contract; logging and monitoring entries add `members`. */
export function stackToJson(kb: Knowledge, stack: Stack) {
  return {
    stack: stack.picks.map((p) => ({
      category: p.category,
      id: p.option.id,
      score: round(p.score),
      alternatives: p.alternatives.map((a) => ({
        id: a.id,
        score: round(a.score),
        delta: round(a.delta),
        ...(p.pipeline && membersJson(a.members)),
      })),
      ...(p.pipeline && membersJson(p.members)),
    })),
    incompatible: stack.conflicts.map((c) => ({
      ids: c.ids,
      reason: c.reason.en,
      source: describeSource(kb, c.source),
    })),
    assumptions: stack.picks.flatMap((p) =>
      (stack.rankings.get(p.category)?.assumptions ?? []).map(
        (a) => `${p.category}: ${describeAssumption(a, 'en', kb)}`,
      ),
    ),
  };
}

export function stackToText(kb: Knowledge, stack: Stack): string {
  const lines = ['stack — one option per category, the best compatible combination', ''];
  for (const p of stack.picks) {
    const alt = p.alternatives.map((a) => `${named(a.id, a.members)} ${a.delta.toFixed(3)}`).join(', ');
    lines.push(
      `  ${p.category.padEnd(17)} ${named(p.option.id, p.members).padEnd(28)} ${p.score.toFixed(3)}${p.pinned ? '  (pinned)' : ''}${alt ? `  — instead: ${alt}` : ''}`,
    );
  }
  if (stack.conflicts.length > 0) {
    lines.push('', 'Kept apart:');
    for (const c of stack.conflicts)
      lines.push(`  ${c.ids.join(' + ')}: ${c.reason.en} — source: ${describeSource(kb, c.source)}`);
  }
  return lines.join('\n');
}

export function whatIfJson(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  category: CategoryId | undefined,
) {
  return whatIf(kb, profile, method, category ? [category] : kb.categories.map((c) => c.id)).map((w) => ({
    ...w,
    scoreDelta: round(w.scoreDelta),
  }));
}

export function whatIfText(entries: ReturnType<typeof whatIfJson>): string {
  if (entries.length === 0) return 'No unknown or false fact would change a ranking.';
  return entries
    .map((w) => {
      const change = Object.entries(w.change)
        .map(([k, v]) => `${k} = ${String(v)}`)
        .join(', ');
      const opened = w.newlyFeasible.length > 0 ? `; newly feasible: ${w.newlyFeasible.join(', ')}` : '';
      return `${change} → ${w.category}: ${w.winner ?? 'nothing'} first (${w.scoreDelta >= 0 ? '+' : ''}${w.scoreDelta.toFixed(3)})${opened}`;
    })
    .join('\n');
}
