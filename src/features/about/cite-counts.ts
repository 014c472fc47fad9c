import type { Knowledge } from '@/domain/knowledge';
import type { SourceRef } from '@/domain/schemas';

/** The parts of the knowledge base whose facts cite sources. */
export type Evidence = Pick<Knowledge, 'options' | 'caseStudies' | 'benchmarks'>;

function isSourceRef(value: object): value is SourceRef {
  const record = value as Record<string, unknown>;
  return typeof record.source === 'string' && typeof record.section === 'string';
}

/**
 * How many facts cite each source id, counting every SourceRef found anywhere in options,
 * case studies and benchmarks. A ref object reached twice (the loader reuses an option's
 * plugin-model source for the derived orchestrator requirement) is one fact, counted once.
 */
export function countCitations(kb: Evidence): Map<string, number> {
  const counts = new Map<string, number>();
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (isSourceRef(value)) {
      counts.set(value.source, (counts.get(value.source) ?? 0) + 1);
      return;
    }
    for (const child of Array.isArray(value) ? value : Object.values(value)) visit(child);
  };
  visit(kb.options);
  visit(kb.caseStudies);
  visit(kb.benchmarks);
  return counts;
}
