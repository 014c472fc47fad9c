import type { RecordConfidence, RecordLayer, RecordPlace } from '../../domain/decision';
import { describeReason } from '../reasons';
import { maintenanceStateNames } from '../state-names';
import { percent, type BlockWriter } from './block-writer';
import type { RecordBlock, RecordDiagram } from './record-block';

function placeText(w: BlockWriter, place: RecordPlace | undefined): string {
  const { t } = w;
  if (!place) return t.inNoPipeline;
  return place.among === 'pipelines'
    ? t.pipelineRankOf(place.rank, place.of)
    : t.rankOf(place.rank, place.of);
}

function confidenceText(
  w: BlockWriter,
  name: string,
  confidence: RecordConfidence | undefined,
  samples: number,
): string {
  const { t } = w;
  // Digits grouped the English way in every language: "1,000" reads the same to all readers.
  const sampled = samples.toLocaleString('en');
  if (!confidence) return t.noPipelineConfidence;
  if (confidence.kind === 'pipeline') return t.pipelineConfidence(percent(confidence.first), sampled);
  return t.confidence(
    name,
    percent(confidence.first),
    percent(confidence.topThree),
    sampled,
    confidence.range[0].toFixed(3),
    confidence.range[1].toFixed(3),
  );
}

/** Per category: the chosen option, why, how sure, and its maintenance state. */
export function outcomeBlocks(
  w: BlockWriter,
  layers: readonly RecordLayer[],
  samples: number,
  diagram: RecordDiagram | undefined,
): RecordBlock[] {
  const { t, lang, h, p } = w;
  const blocks: RecordBlock[] = [h(2, t.outcome)];
  if (diagram) blocks.push({ kind: 'image', alt: t.architecture, file: diagram.file, svg: diagram.svg });
  for (const { decision: d, place, confidence, rationale, lifecycle } of layers) {
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
    const { option, members } = chosen;
    blocks.push(
      p(
        `${t.chosen}: ${members.map((m) => w.optionName(m.id)).join(' + ')} — ${t.origins[chosen.origin]}; ${t.scoreWord} ${chosen.score.toFixed(3)}, ${placeText(w, place)}`,
      ),
    );
    blocks.push(p(rationale ? `${t.because}: ${rationale}` : t.noRationale));
    blocks.push(p(confidenceText(w, option.name, confidence, samples)));
    for (const { option: member, status } of lifecycle) {
      const { state, asOf, source } = status;
      const whose = lifecycle.length > 1 ? `${member.name}: ` : '';
      blocks.push(
        p(
          `${t.maintenance}: ${whose}${maintenanceStateNames[lang][state]}${asOf ? ` (${t.asOf} ${asOf})` : ''} — ${t.source}: ${w.cite(source)}`,
        ),
      );
    }
  }
  return blocks;
}
