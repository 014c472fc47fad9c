import { maintenanceStateNames } from '../../words';
import { describeAssumption, describeReason } from '../../words';
import type { Conflict } from '../stack';
import { percent, type BlockWriter } from './block-writer';
import type { CategoryDecision, SourcedItem } from './decision-data';
import type { RecordBlock, RecordDiagram } from './record-block';
import type { Rationales } from './record-state';

/** Per category: the chosen option, why, how sure, and its maintenance state. */
export function outcomeBlocks(
  w: BlockWriter,
  decisions: readonly CategoryDecision[],
  rationales: Rationales,
  samples: number,
  diagram: RecordDiagram | undefined,
): RecordBlock[] {
  const { t, lang, h, p } = w;
  const blocks: RecordBlock[] = [h(2, t.outcome)];
  if (diagram) blocks.push({ kind: 'image', alt: t.architecture, file: diagram.file, svg: diagram.svg });
  for (const d of decisions) {
    blocks.push(h(3, w.categoryName(d.category)));
    const { chosen } = d;
    if (d.refusedChoice) {
      blocks.push(p(t.refusedChoice(w.optionName(d.refusedChoice.id))));
      blocks.push(
        w.list(
          d.refusedChoice.reasons.map(
            (reason) => `${describeReason(w.kb, reason, lang)} — ${t.source}: ${w.cite(reason.source)}`,
          ),
        ),
      );
    }
    if (!chosen) {
      blocks.push(p(t.noneFeasible));
      continue;
    }
    const { option, members, rank, confidence } = chosen;
    const where =
      rank === undefined
        ? t.inNoPipeline
        : d.pipelines
          ? t.pipelineRankOf(rank, d.pipelines.length)
          : t.rankOf(rank, d.considered.length);
    blocks.push(
      p(
        `${t.chosen}: ${members.map((m) => w.optionName(m.id)).join(' + ')} — ${t.origins[chosen.origin]}; ${t.scoreWord} ${chosen.score.toFixed(3)}, ${where}`,
      ),
    );
    const rationale = rationales[d.category]?.trim();
    blocks.push(p(rationale ? `${t.because}: ${rationale}` : t.noRationale));
    const sampled = samples.toLocaleString('en');
    blocks.push(
      p(
        !confidence
          ? t.noPipelineConfidence
          : confidence.kind === 'pipeline'
            ? t.pipelineConfidence(percent(confidence.firstPlace), sampled)
            : t.confidence(
                option.name,
                percent(confidence.ranks[0] ?? 0),
                percent(confidence.ranks.reduce((sum, share) => sum + share, 0)),
                sampled,
                confidence.range[0].toFixed(3),
                confidence.range[1].toFixed(3),
              ),
      ),
    );
    for (const member of members) {
      const { state, asOf, source } = member.status;
      const whose = members.length > 1 ? `${member.name}: ` : '';
      blocks.push(
        p(
          `${t.maintenance}: ${whose}${maintenanceStateNames[lang][state]}${asOf ? ` (${t.asOf} ${asOf})` : ''} — ${t.source}: ${w.cite(source)}`,
        ),
      );
    }
  }
  return blocks;
}

/** Per category: good and bad from the chosen option's pros and cons, exclusions, assumptions. */
export function consequenceBlocks(
  w: BlockWriter,
  decisions: readonly CategoryDecision[],
  conflicts: readonly Conflict[],
): RecordBlock[] {
  const { t, lang, h } = w;
  const sourced = (d: CategoryDecision, items: readonly SourcedItem[]) => {
    const named = (d.chosen?.members.length ?? 0) > 1;
    return w.list(
      items.map(
        ({ option, item }) =>
          `${named ? `${option.name}: ` : ''}${item.text[lang]} — ${t.source}: ${w.cite(item.source)}`,
      ),
    );
  };
  const blocks: RecordBlock[] = [h(2, t.consequences)];
  for (const d of decisions) {
    blocks.push(h(3, w.categoryName(d.category)));
    if (d.chosen) blocks.push(h(4, t.good), sourced(d, d.pros), h(4, t.bad), sourced(d, d.cons));
    blocks.push(
      h(4, t.excluded),
      w.list(
        d.ranking.excluded.map((o) => ({
          text: `${o.name} (${o.id})`,
          items: o.reasons.map((reason) => {
            w.cite(reason.source);
            return describeReason(w.kb, reason, lang);
          }),
        })),
      ),
      h(4, t.assumptions),
      w.list(d.ranking.assumptions.map((a) => describeAssumption(a, lang))),
    );
  }
  const included = new Set(decisions.flatMap((d) => d.chosen?.members.map((m) => m.id as string) ?? []));
  const relevant = conflicts.filter((c) => c.ids.some((id) => included.has(id)));
  if (relevant.length > 0) {
    blocks.push(
      h(3, t.compatibility),
      w.list(
        relevant.map((c) => ({
          text: t.incompatible(w.optionName(c.ids[0]), w.optionName(c.ids[1])),
          items: [`${c.reason[lang]} — ${t.source}: ${w.cite(c.source)}`],
        })),
      ),
    );
  }
  return blocks;
}
