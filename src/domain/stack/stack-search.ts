import type { Knowledge } from '../knowledge';
import type { Environment, OptionId, Solution } from '../schemas';
import { environmentKey, SCORE_EPSILON } from '../scoring';
import { conflictBetween } from './compatibility';

interface ClashTable {
  index: ReadonlyMap<OptionId, number>;
  /** -1 not yet known, 0 compatible, 1 apart; option indexes in `kb.options` order. */
  known: Int8Array;
}

const tables = new WeakMap<Knowledge, Map<string, ClashTable>>();
const CACHE_LIMIT = 64;

/** Options as numbers (their place in `kb.options`) and whether two of them cannot stand together. */
export interface OptionClash {
  indexOf(option: Solution): number;
  apart(a: number, b: number): boolean;
}

/**
 * Whether two options cannot stand in one stack, in this environment: `conflictBetween` reduced
 * to a bit, remembered per environment, so a search and the next stack in the same environment
 * ask each pair once. The conflict itself (rule and source) is asked of `conflictBetween` only
 * for what is shown.
 */
export function optionClash(kb: Knowledge, env: Environment): OptionClash {
  let byEnv = tables.get(kb);
  if (!byEnv) tables.set(kb, (byEnv = new Map()));
  const key = environmentKey(env);
  let table = byEnv.get(key);
  if (!table) {
    if (byEnv.size >= CACHE_LIMIT) byEnv.clear();
    const n = kb.options.length;
    table = { index: new Map(kb.options.map((o, i) => [o.id, i])), known: new Int8Array(n * n).fill(-1) };
    byEnv.set(key, table);
  }
  const { index, known } = table;
  const n = kb.options.length;
  return {
    indexOf: (option) => index.get(option.id) as number,
    apart: (a, b) => {
      let k = known[a * n + b] as number;
      if (k === -1) {
        k = conflictBetween(kb, env, kb.options[a] as Solution, kb.options[b] as Solution) ? 1 : 0;
        known[a * n + b] = k;
      }
      return k === 1;
    },
  };
}

/**
 * Exact best assignment by branch and bound, on numbers: `layers[k]` lists slots, best first;
 * `scores[slot]`; `apart[a * slots + b]` whether two slots cannot stand together (-1 not yet
 * known: `decide` fills it in). Each layer's best remaining score bounds the rest. The first best
 * found is kept (an equal total found later is pruned), so the answer depends only on the order
 * of the slots.
 */
export function bestAssignment(
  layers: readonly Int32Array[],
  scores: Float64Array,
  apart: Int8Array,
  decide: (a: number, b: number) => boolean,
): Int32Array | undefined {
  const slots = scores.length;
  const depth = layers.length;
  const bound = new Float64Array(depth + 1);
  for (let k = depth - 1; k >= 0; k -= 1) {
    const first = (layers[k] as Int32Array)[0];
    bound[k] = (bound[k + 1] as number) + (first === undefined ? 0 : (scores[first] as number));
  }
  let best: Int32Array | undefined;
  let bestTotal = -Infinity;
  const chosen = new Int32Array(depth);
  const walk = (k: number, total: number): void => {
    if (total + (bound[k] as number) <= bestTotal + SCORE_EPSILON) return;
    if (k === depth) {
      best = chosen.slice();
      bestTotal = total;
      return;
    }
    const layer = layers[k] as Int32Array;
    for (let p = 0; p < layer.length; p += 1) {
      const slot = layer[p] as number;
      let free = true;
      for (let q = 0; q < k && free; q += 1) {
        const other = chosen[q] as number;
        const at = other * slots + slot;
        let known = apart[at] as number;
        if (known === -1) apart[at] = known = decide(other, slot) ? 1 : 0;
        free = known === 0;
      }
      if (!free) continue;
      chosen[k] = slot;
      walk(k + 1, total + (scores[slot] as number));
    }
  };
  walk(0, 0);
  return best;
}
