import {
  recordContent,
  type DecisionData,
  type RecordLayer,
  type RecordOverlay,
  type RecordRow,
  type RecordSettings,
} from '../../domain/decision';
import type { Knowledge } from '../../domain/knowledge';
import type { Environment, Language } from '../../domain/schemas';
import { describeReason } from '../reasons';
import { blockWriter, percent, signed, type BlockWriter } from './block-writer';
import { consequenceBlocks } from './consequence-blocks';
import { outcomeBlocks } from './outcome-blocks';
import { overlayBlocks } from './overlay-blocks';
import type { RecordBlock, RecordDiagram } from './record-block';

export interface RecordOptions extends RecordSettings {
  /** "YYYY-MM-DD"; today when absent. */
  date?: string;
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

function contextBlocks(
  w: BlockWriter,
  data: DecisionData,
  overlay: RecordOverlay | undefined,
): RecordBlock[] {
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
  // The knowledge the record rests on, when a team's overlay is merged into it.
  blocks.push(...overlayBlocks(w, overlay));
  return blocks;
}

function driverBlocks(w: BlockWriter, data: DecisionData, layers: readonly RecordLayer[]) {
  const { t, h, p } = w;
  const blocks = [
    h(2, t.drivers),
    p(`${t.method}: ${t.methods[data.method]}`),
    p(t.unmaintained(data.profile.includeUnmaintained ?? false)),
  ];
  for (const { decision, weights, mustHave } of layers) {
    blocks.push(h(3, w.categoryName(decision.category)));
    blocks.push(
      weights
        ? w.list(weights.map((c) => `${w.criterionName(c.criterion)}: ${t.weight} ${c.weight}/5`))
        : p(t.noWeights),
    );
    if (mustHave.length > 0) {
      const names = mustHave.map((c) => `${w.criterionName(c.id)} (${t.atLeast} ${c.satisfiedAt})`);
      blocks.push(p(`${t.mustHave}: ${names.join(', ')}`));
    }
  }
  return blocks;
}

const topContributions = (w: BlockWriter, row: RecordRow): string =>
  row.top.map((c) => `${w.criterionName(c.criterion)} ${c.value.toFixed(3)}`).join(', ');

/** Per category its options, or — for logging and monitoring — its candidate pipelines. */
function consideredBlocks(w: BlockWriter, layers: readonly RecordLayer[]): RecordBlock[] {
  const { t, h, p } = w;
  const blocks = [h(2, t.considered)];
  for (const { decision: d, rows } of layers) {
    blocks.push(h(3, w.categoryName(d.category)));
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
        o.chosen ? t.chosenMark : signed(o.delta),
        percent(o.firstPlace),
        topContributions(w, o),
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
 * A whole-stack decision record in the MADR layout: title, status and date; context and problem,
 * with the knowledge overlay behind it if any; decision drivers; considered options; outcome per
 * category with the team's rationale; consequences; sources.
 */
export function decisionRecordBlocks(
  kb: Knowledge,
  data: DecisionData,
  lang: Language,
  options: RecordOptions = {},
): RecordBlock[] {
  const w = blockWriter(kb, lang);
  const { t, h, p } = w;
  const content = recordContent(kb, data, options);
  const { status, supersededBy, layers } = content;
  const statusText = supersededBy
    ? `${t.statuses.superseded} — ${t.supersededBy(supersededBy)}`
    : t.statuses[status];
  return [
    h(1, t.title),
    p(`${t.status}: ${statusText}`),
    p(`${t.date}: ${options.date ?? new Date().toISOString().slice(0, 10)}`),
    ...contextBlocks(w, data, content.overlay),
    ...driverBlocks(w, data, layers),
    ...consideredBlocks(w, layers),
    ...outcomeBlocks(w, layers, data.samples, options.diagram),
    ...consequenceBlocks(w, layers, content.conflicts),
    // Last: every section above has cited its sources by now.
    ...sourceBlocks(w),
  ];
}
