import type { Knowledge } from '../knowledge';
import type { CategoryId, Environment, Language } from '../schemas';
import { describeReason } from '../../words';
import { blockWriter, percent, signed, type BlockWriter } from './block-writer';
import type { CategoryDecision, ConsideredOption, DecisionData } from './decision-data';
import { consequenceBlocks, outcomeBlocks } from './outcome-blocks';
import type { RecordBlock, RecordDiagram } from './record-block';
import type { RecordStatus, Rationales } from './record-state';

export interface RecordOptions {
  /** The categories to cover; every category the stack fills when absent. */
  categories?: readonly CategoryId[];
  /** "YYYY-MM-DD"; today when absent. */
  date?: string;
  status?: RecordStatus;
  /** What replaces this record, when its status is "superseded". */
  supersededBy?: string;
  /** The team's reasons per category, in their own words. */
  rationales?: Rationales;
  /** The architecture picture, saved next to the Markdown under `diagram.file`. */
  diagram?: RecordDiagram;
}

function environmentValue(w: BlockWriter, env: Environment, key: keyof Environment): string {
  const value = env[key];
  if (value === undefined) return w.t.unknown;
  if (typeof value === 'boolean') return value ? w.t.yes : w.t.no;
  if (key === 'orchestrator')
    return w.kb.environment.orchestrators.find((o) => o.id === value)?.name ?? String(value);
  if (key === 'cloud' && env.cloud) return w.t.clouds[env.cloud];
  return String(value);
}

function contextBlocks(w: BlockWriter, data: DecisionData): RecordBlock[] {
  const { t, h, p, lang, kb } = w;
  const env = data.profile.environment;
  const blocks = [
    h(2, t.context),
    p(t.problem),
    p(t.contextIntro),
    w.list(kb.environment.questions.map((q) => `${q.label[lang]}: ${environmentValue(w, env, q.key)}`)),
  ];
  const { clash } = data;
  if (clash) {
    const detail =
      clash.kind === 'conflict'
        ? [`${clash.conflict.reason[lang]} — ${t.source}: ${w.cite(clash.conflict.source)}`]
        : clash.kind === 'excluded'
          ? clash.reasons.map((r) => `${describeReason(kb, r, lang)} — ${t.source}: ${w.cite(r.source)}`)
          : [];
    blocks.push(p(t.clash), w.list([{ text: w.optionName(clash.id), items: detail }]));
  }
  return blocks;
}

function driverBlocks(w: BlockWriter, data: DecisionData, decisions: readonly CategoryDecision[]) {
  const { t, h, p, kb } = w;
  const { profile } = data;
  const blocks = [
    h(2, t.drivers),
    p(`${t.method}: ${t.methods[data.method]}`),
    p(t.unmaintained(profile.includeUnmaintained ?? false)),
  ];
  for (const { category, ranking } of decisions) {
    blocks.push(h(3, w.categoryName(category)));
    const equal = ranking.assumptions.some((a) => a.kind === 'equalWeights');
    const weighted = [...ranking.criteria].sort((a, b) => b.weight - a.weight);
    blocks.push(
      equal
        ? p(t.noWeights)
        : w.list(weighted.map((c) => `${w.criterionName(c.criterion)}: ${t.weight} ${c.weight}/5`)),
    );
    const must = (kb.criteriaByCategory.get(category) ?? []).filter((c) => profile.mustHave.includes(c.id));
    if (must.length > 0) {
      const names = must.map((c) => `${w.criterionName(c.id)} (${t.atLeast} ${c.satisfiedAt})`);
      blocks.push(p(`${t.mustHave}: ${names.join(', ')}`));
    }
  }
  return blocks;
}

function topContributions(w: BlockWriter, d: CategoryDecision, o: ConsideredOption): string {
  return d.ranking.criteria
    .map((c, j) => ({ id: c.criterion, value: o.contributions[j] ?? 0 }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((c) => `${w.criterionName(c.id)} ${c.value.toFixed(3)}`)
    .join(', ');
}

/** Per category its options, or — for logging and monitoring — its candidate pipelines. */
function consideredBlocks(w: BlockWriter, decisions: readonly CategoryDecision[]): RecordBlock[] {
  const { t, h, p } = w;
  const blocks = [h(2, t.considered)];
  for (const d of decisions) {
    blocks.push(h(3, w.categoryName(d.category)));
    const rows = d.pipelines ?? d.considered;
    if (rows.length === 0) {
      blocks.push(p(d.pipelines && d.considered.length > 0 ? t.noPipeline : t.noneFeasible));
      continue;
    }
    blocks.push({
      kind: 'table',
      head: [t.rank, d.pipelines ? t.pipeline : t.option, t.score, t.delta, t.firstPlace, t.top],
      rows: rows.map((o) => [
        String(o.rank),
        o.members.map(w.optionName).join(' + '),
        o.score.toFixed(3),
        o.key === d.chosen?.key ? t.chosenMark : signed(o.delta),
        percent(o.firstPlace),
        topContributions(w, d, o),
      ]),
    });
  }
  return blocks;
}

function sourceBlocks(w: BlockWriter): RecordBlock[] {
  const { t, kb } = w;
  return [
    w.h(2, t.sources),
    w.list(
      w.cited.map((id) => {
        const s = kb.sourceById.get(id);
        if (!s) return id;
        const where = s.url ?? (s.file ? `${t.seedFile} ${s.file}` : '');
        const publisher = s.publisher ? `, ${s.publisher}` : '';
        return `${id}: ${s.title} (${s.year ?? t.undated})${publisher}${where ? ` — ${where}` : ''}`;
      }),
    ),
  ];
}

/**
 * A whole-stack decision record in the MADR layout: title, status and date; context and problem;
 * decision drivers; considered options; outcome per category with the team's rationale;
 * consequences; sources.
 */
export function decisionRecordBlocks(
  kb: Knowledge,
  data: DecisionData,
  lang: Language,
  options: RecordOptions = {},
): RecordBlock[] {
  const w = blockWriter(kb, lang);
  const { t, h, p } = w;
  const wanted = options.categories ?? data.stackCategories;
  const decisions = data.categories.filter((d) => wanted.includes(d.category));
  const status = options.status ?? 'proposed';
  const by = options.supersededBy?.trim();
  const statusText =
    status === 'superseded' && by ? `${t.statuses.superseded} — ${t.supersededBy(by)}` : t.statuses[status];
  return [
    h(1, t.title),
    p(`${t.status}: ${statusText}`),
    p(`${t.date}: ${options.date ?? new Date().toISOString().slice(0, 10)}`),
    ...contextBlocks(w, data),
    ...driverBlocks(w, data, decisions),
    ...consideredBlocks(w, decisions),
    ...outcomeBlocks(w, decisions, options.rationales ?? {}, data.samples, options.diagram),
    ...consequenceBlocks(w, decisions, data.conflicts),
    // Last: every section above has cited its sources by now.
    ...sourceBlocks(w),
  ];
}
