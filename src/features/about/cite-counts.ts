import type { Knowledge } from '@/domain/knowledge';
import { forEachSourceRef } from '@/domain/knowledge/source-refs';

/** The parts of the knowledge base whose facts cite sources. */
export type Evidence = Pick<Knowledge, 'options' | 'caseStudies' | 'benchmarks'>;

/**
 * How many facts cite each source id, counting every SourceRef found anywhere in options,
 * case studies and benchmarks. A ref object reached twice (the loader reuses an option's
 * plugin-model source for the derived orchestrator requirement) is one fact, counted once.
 */
export function countCitations(kb: Evidence): Map<string, number> {
  const counts = new Map<string, number>();
  forEachSourceRef([kb.options, kb.caseStudies, kb.benchmarks], (ref) =>
    counts.set(ref.source, (counts.get(ref.source) ?? 0) + 1),
  );
  return counts;
}
