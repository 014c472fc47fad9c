import type { SourceRef } from '../schemas';

/** Whether a JSON value is a source reference: an object with a string `source` and `section`. */
export function isSourceRef(value: unknown): value is SourceRef {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return typeof record.source === 'string' && typeof record.section === 'string';
}

/** `needs[0].source` from ['needs', 0, 'source']. */
const formatPath = (steps: readonly (string | number)[]): string =>
  steps.reduce<string>(
    (path, step) => (typeof step === 'number' ? `${path}[${step}]` : path ? `${path}.${step}` : step),
    '',
  );

/**
 * The one walk for source references: calls `visit` with every reference inside a JSON value (or
 * a knowledge object built from one), depth first in document order, and its path from the value
 * (`needs[0].source`). A reference is not looked inside, and an object reached twice (the loader
 * shares some between an option and a requirement it derives) is walked once.
 */
export function forEachSourceRef(value: unknown, visit: (ref: SourceRef, path: string) => void): void {
  const seen = new WeakSet<object>();
  const steps: (string | number)[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (isSourceRef(node)) return visit(node, formatPath(steps));
    const entries: [string | number, unknown][] = Array.isArray(node)
      ? [...node.entries()]
      : Object.entries(node);
    for (const [step, child] of entries) {
      steps.push(step);
      walk(child);
      steps.pop();
    }
  };
  walk(value);
}
