import type { Knowledge } from '../domain/knowledge';
import { type Ranking } from '../domain/scoring';
import { describeAssumption, describeOverlayFacts, describeReason, describeSource } from '../words';
import { overlaidFact, type OverlayFact } from '../domain/overlay';
import type { CategoryId, Solution } from '../domain/schemas';
import type { Confidence } from '../domain/sensitivity';
import { overlayText } from './overlay-output';

const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const bar = (score: number): string => '█'.repeat(Math.round(score * 20)).padEnd(20, '·');

/** The readable table printed by `recommend` without --json. */
export function rankingToText(kb: Knowledge, result: Ranking, sure?: Confidence): string {
  const lines = [`${result.category} — ${result.method === 'weighted' ? 'weighted sum' : 'TOPSIS'}`, ''];
  const width = Math.max(4, ...result.ranking.map((o) => o.id.length));
  result.ranking.forEach((option, i) => {
    const top = result.criteria
      .map((c, j) => ({ criterion: c.criterion, contribution: option.contributions[j] ?? 0 }))
      .sort((a, b) => b.contribution - a.contribution)
      .slice(0, 3)
      .map((c) => `${c.criterion} ${c.contribution.toFixed(3)}`)
      .join(', ');
    lines.push(
      `${String(i + 1).padStart(3)}. ${pad(option.id, width)}  ${option.score.toFixed(3)}  ${bar(option.score)}  ${top}`,
    );
  });
  if (result.ranking.length === 0) lines.push('  (no feasible option)');
  if (result.excluded.length > 0) {
    lines.push('', 'Excluded:');
    for (const option of result.excluded) {
      lines.push(`  ${option.id}`);
      for (const reason of option.reasons) lines.push(`    - ${describeReason(kb, reason)}`);
    }
  }
  if (result.assumptions.length > 0) {
    lines.push('', 'Assumptions:');
    for (const a of result.assumptions) lines.push(`  - ${describeAssumption(a, 'en', kb)}`);
  }
  if (sure) lines.push('', ...confidenceText(result, sure));
  lines.push(...overlayText(kb, result));
  return lines.join('\n');
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function confidenceText(result: Ranking, sure: Confidence): string[] {
  const top = result.ranking[0];
  if (!top) return [];
  const lines = [
    `Confidence (${sure.smaa.samples} samples, seed ${sure.smaa.seed}):`,
    `  ${top.id} is first in ${pct(sure.winnerShare)} of plausible cases` +
      (sure.tiedWithWinner.length > 0 ? `; tied with ${sure.tiedWithWinner.join(', ')}` : ''),
  ];
  for (const option of sure.smaa.options.slice(0, 5)) {
    const [first = 0, second = 0, third = 0] = option.ranks;
    const [low, high] = option.range;
    lines.push(
      `  ${option.id}: rank 1 ${pct(first)}, 2 ${pct(second)}, 3 ${pct(third)}; score ${low.toFixed(2)}–${high.toFixed(2)}`,
    );
  }
  lines.push('Stability (weight range in which the winner stays first):');
  for (const s of sure.stability) {
    const whole = s.holdsFrom <= 1e-9 && s.holdsTo >= 5 - 1e-9;
    const flip = !s.flipsTo
      ? ''
      : whole
        ? ` (at an end ${s.flipsTo} ties and comes first by id)`
        : `, else ${s.flipsTo}`;
    lines.push(`  ${s.criterion} ${s.weight}: ${s.holdsFrom.toFixed(2)}–${s.holdsTo.toFixed(2)}${flip}`);
  }
  if (sure.nearMisses.length > 0) {
    lines.push('Near misses:');
    for (const m of sure.nearMisses)
      lines.push(
        `  without ${m.blockedBy.join(', ')}: ${m.id} would be #${m.wouldRank} (${m.score.toFixed(3)})`,
      );
  }
  return lines;
}

export function listText(kb: Knowledge, category: CategoryId | undefined): string {
  const categories = kb.categories.filter((c) => !category || c.id === category);
  return categories
    .map((c) => {
      const options = kb.optionsByCategory.get(c.id) ?? [];
      const width = Math.max(4, ...options.map((o) => o.id.length));
      const rows = options.map((o) => {
        const facts = [overlaidFact(kb.overlay, 'option', o.id), overlaidFact(kb.overlay, 'status', o.id)];
        const mark = facts.some(Boolean) ? `  [${describeOverlayFacts(kb, present(facts), 'en')}]` : '';
        return `  ${pad(o.id, width)}  ${pad(o.status.state, 11)}  ${o.name}${mark}`;
      });
      return [`${c.id} (${options.length})`, ...rows].join('\n');
    })
    .join('\n\n');
}

const present = (facts: (OverlayFact | undefined)[]): OverlayFact[] =>
  facts.filter((f): f is OverlayFact => f !== undefined);

/** `explain ID`: every value with its level, note and source, conditions included. */
export function explainText(kb: Knowledge, option: Solution): string {
  const lines = [
    `${option.name} (${option.id}) — ${option.category}, ${option.status.state}${option.status.asOf ? ` as of ${option.status.asOf}` : ''}`,
  ];
  lines.push(option.summary.en, '');
  const mark = (facts: (OverlayFact | undefined)[], indent: string) => {
    const found = present(facts);
    if (found.length > 0) lines.push(`${indent}${describeOverlayFacts(kb, found, 'en')}`);
  };
  mark([overlaidFact(kb.overlay, 'option', option.id)], '');
  lines.push(`status: ${option.status.note.en} [${describeSource(kb, option.status.source)}]`);
  mark([overlaidFact(kb.overlay, 'status', option.id)], '  ');
  if (option.pluginModels) {
    lines.push(
      `plugin models: ${option.pluginModels.models.join(', ')} [${describeSource(kb, option.pluginModels.source)}]`,
    );
  }
  for (const r of option.requires) lines.push(`requires: ${r.reason.en} [${describeSource(kb, r.source)}]`);
  for (const d of option.dependencies)
    lines.push(`depends on: ${d.text.en} [${describeSource(kb, d.source)}]`);
  lines.push('', 'Values (0–4):');
  for (const criterion of kb.criteriaByCategory.get(option.category) ?? []) {
    const value = option.values[criterion.id];
    if (!value) continue;
    lines.push(`  ${criterion.id}: ${value.level}${value.note ? ` — ${value.note.en}` : ''}`);
    lines.push(`      source: ${describeSource(kb, value.source)}`);
    mark([overlaidFact(kb.overlay, 'value', option.id, criterion.id)], '      ');
    for (const c of value.when ?? []) {
      lines.push(`      when ${JSON.stringify(c.if)}: ${c.level} — ${c.note.en}`);
      lines.push(`        source: ${describeSource(kb, c.source)}`);
    }
  }
  const list = (title: string, items: Solution['pros']) => {
    if (items.length === 0) return;
    lines.push('', `${title}:`);
    for (const item of items) lines.push(`  + ${item.text.en} [${describeSource(kb, item.source)}]`);
  };
  list('Pros', option.pros);
  list('Cons', option.cons);
  return lines.join('\n');
}
