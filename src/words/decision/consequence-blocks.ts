import type { RecordLayer, SourcedItem } from '../../domain/decision';
import type { Conflict } from '../../domain/stack';
import { describeAssumption, describeReason } from '../reasons';
import type { BlockWriter } from './block-writer';
import type { RecordBlock } from './record-block';

/** Per category: good and bad from the chosen option's pros and cons, exclusions, assumptions. */
export function consequenceBlocks(
  w: BlockWriter,
  layers: readonly RecordLayer[],
  conflicts: readonly Conflict[],
): RecordBlock[] {
  const { t, lang, h } = w;
  const sourced = (layer: RecordLayer, items: readonly SourcedItem[]) => {
    // A pipeline's pros and cons say whose they are; a single option's need not.
    const named = layer.lifecycle.length > 1;
    return w.list(
      items.map(
        ({ option, item }) =>
          `${named ? `${option.name}: ` : ''}${item.text[lang]} — ${t.source}: ${w.cite(item.source)}`,
      ),
    );
  };
  const blocks: RecordBlock[] = [h(2, t.consequences)];
  for (const layer of layers) {
    const d = layer.decision;
    blocks.push(h(3, w.categoryName(d.category)));
    if (d.chosen) blocks.push(h(4, t.good), sourced(layer, d.pros), h(4, t.bad), sourced(layer, d.cons));
    blocks.push(
      h(4, t.excluded),
      w.list(
        layer.excluded.map((o) => ({
          text: `${o.name} (${o.id})`,
          items: o.reasons.map((reason) => {
            w.cite(reason.source);
            return describeReason(w.kb, reason, lang);
          }),
        })),
      ),
      h(4, t.assumptions),
      w.list(layer.assumptions.map((a) => describeAssumption(a, lang))),
    );
  }
  if (conflicts.length > 0) {
    blocks.push(
      h(3, t.compatibility),
      w.list(
        conflicts.map((c) => ({
          text: t.incompatible(w.optionName(c.ids[0]), w.optionName(c.ids[1])),
          items: [`${c.reason[lang]} — ${t.source}: ${w.cite(c.source)}`],
        })),
      ),
    );
  }
  return blocks;
}
