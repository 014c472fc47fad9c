import type { StackRule } from '../schemas';

/**
 * Loops among stack rules: a rule's `when` leads to each option its `anyOf` allows, and a chain
 * that comes back to where it started constrains an option by itself. Each loop once, as ids.
 */
export function ruleLoops(rules: readonly StackRule[]): string[][] {
  const next = new Map<string, string[]>();
  for (const rule of rules) next.set(rule.when, [...(next.get(rule.when) ?? []), ...rule.anyOf]);
  const state = new Map<string, 'open' | 'done'>();
  const loops: string[][] = [];
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'open') {
      loops.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    if (state.get(id) === 'done') return;
    state.set(id, 'open');
    for (const to of next.get(id) ?? []) visit(to, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of [...next.keys()].sort()) visit(id, []);
  return loops;
}
