import type { RecordOverlay, RecordOverlayFact } from '../../domain/decision';
import type { SourceRef } from '../../domain/schemas';
import type { BlockWriter } from './block-writer';
import type { RecordBlock } from './record-block';

/** A name or owner on one line: the summary is one sentence, whatever line breaks the file held. */
const oneLine = (text: string): string => text.replace(/[\s\u0085]+/g, ' ').trim();

/** A measurement as its conditions say it: "2026-10 <title>", "25 GbE", "offload on". */
function measurement(w: BlockWriter, id: string): { parts: string[]; source: SourceRef | undefined } {
  const bench = w.kb.benchmarks.find((b) => b.id === id);
  if (!bench) return { parts: [id], source: undefined };
  const c = bench.conditions;
  const parts = [`${bench.date} ${bench.title[w.lang]}`];
  if (c.nicGbps !== undefined) parts.push(`${c.nicGbps} GbE`);
  if (c.udpOffload !== undefined) parts.push(w.t.offload(c.udpOffload));
  return { parts, source: bench.source };
}

/** What the overlay set of one fact, and the source the record cites for it. */
function said(w: BlockWriter, { option, criterion, fact }: RecordOverlayFact) {
  const { t } = w;
  if (fact.kind === 'benchmark') {
    const { parts, source } = measurement(w, fact.id);
    return { text: t.overlayMeasured(parts), source };
  }
  const source =
    fact.kind === 'status'
      ? option.status.source
      : fact.kind === 'value' && criterion !== undefined
        ? option.values[criterion]?.source
        : undefined;
  return { text: t.overlaySaid[fact.kind][fact.change], source };
}

/** One line per subject (an option, its status, or its value on one criterion), in record order. */
function factLines(w: BlockWriter, used: readonly RecordOverlayFact[]): string[] {
  const bySubject = new Map<string, RecordOverlayFact[]>();
  for (const fact of used) {
    const key = `${fact.category}\u0000${fact.option.id}\u0000${fact.criterion ?? ''}`;
    bySubject.set(key, [...(bySubject.get(key) ?? []), fact]);
  }
  return [...bySubject.values()].map((facts) => {
    const [first] = facts as [RecordOverlayFact];
    const criterion = first.criterion === undefined ? undefined : w.criterionName(first.criterion);
    const described = facts.map((f) => said(w, f));
    const sources = described.flatMap(({ source }) => (source ? [w.cite(source)] : []));
    return w.t.overlayFact(
      w.t.overlaySubject(w.optionName(first.option.id), criterion),
      [...new Set(described.map((d) => d.text))],
      [...new Set(sources)],
    );
  });
}

/**
 * The knowledge overlay behind the record: its name, owner and full SHA-256 (so a reader can check
 * the file), what it added and replaced, and which of the record's facts it set. Nothing without
 * an overlay. Its texts are the overlay's own, untrusted: as every block text, they are escaped
 * wherever the blocks are written (Markdown, HTML).
 */
export function overlayBlocks(w: BlockWriter, overlay: RecordOverlay | undefined): RecordBlock[] {
  if (!overlay) return [];
  const { t, h, p } = w;
  const lines = factLines(w, overlay.used);
  const description = overlay.description?.trim();
  return [
    h(3, t.overlay),
    p(
      t.overlaySummary(
        oneLine(overlay.name),
        oneLine(overlay.owner),
        overlay.sha256,
        t.overlayChanges(overlay.added, overlay.overridden),
      ),
    ),
    ...(description ? [p(t.overlayDescription(description))] : []),
    ...(lines.length > 0 ? [p(t.overlayUsed), w.list(lines)] : [p(t.overlayUnused)]),
  ];
}
