import type { Method, Ranking } from '../scoring';
import { scoreOnly, SCORE_EPSILON } from '../scoring';

export interface Stability {
  criterion: string;
  weight: number;
  /** The interval of this one weight (others fixed, 0–5, continuous) in which the winner stays first. */
  holdsFrom: number;
  holdsTo: number;
  /** Who is first just outside the interval (nearer side), or null when it spans 0–5. */
  flipsTo: string | null;
}

const MAX_WEIGHT = 5;

interface Table {
  ids: string[];
  values: Float64Array;
  m: number;
}

function tableOf(result: Ranking): Table {
  const m = result.criteria.length;
  const values = new Float64Array(result.ranking.length * m);
  result.ranking.forEach((o, j) =>
    o.cells.forEach((c, i) => (values[j * m + i] = Math.round(c.value * 100))),
  );
  return { ids: result.ranking.map((o) => o.id), values, m };
}

/** The first option for these weights: highest score, equal scores in id order. */
function winnerAt(method: Method, table: Table, weights: Float64Array): number {
  let best = 0;
  let bestScore = -1;
  for (let j = 0; j < table.ids.length; j += 1) {
    const score = scoreOnly(method, weights, table.values, j * table.m, table.m);
    const d = score - bestScore;
    const tiedLower = Math.abs(d) <= SCORE_EPSILON && (table.ids[j] as string) < (table.ids[best] as string);
    if (d > SCORE_EPSILON || tiedLower) {
      best = j;
      bestScore = score;
    }
  }
  return best;
}

/** Weighted sum: the winner's lead over each rival is linear in the weight, so the interval is exact. */
function weightedInterval(table: Table, weights: Float64Array, k: number): [number, number] {
  let from = 0;
  let to = MAX_WEIGHT;
  const { m, values, ids } = table;
  const sumWithout = (j: number) => {
    let s = 0;
    for (let i = 0; i < m; i += 1) if (i !== k) s += (weights[i] as number) * (values[j * m + i] as number);
    return s;
  };
  const lead = sumWithout(0);
  for (let j = 1; j < ids.length; j += 1) {
    const dS = lead - sumWithout(j);
    const dv = (values[k] as number) - (values[j * m + k] as number);
    // Equal sums keep the id order, so the boundary itself counts for the winner only if its id is lower.
    if (dv > 0) from = Math.max(from, -dS / dv);
    else if (dv < 0) to = Math.min(to, dS / -dv);
  }
  return [from, Math.max(from, to)];
}

/** TOPSIS: no closed form; walk out from today's weight, then bisect each boundary. */
function searchedInterval(method: Method, table: Table, weights: Float64Array, k: number): [number, number] {
  const at = (x: number) => {
    const w = Float64Array.from(weights);
    w[k] = x;
    return winnerAt(method, table, w) === 0;
  };
  const edge = (inside: number, direction: 1 | -1): number => {
    let x = inside;
    while (true) {
      const next = Math.min(MAX_WEIGHT, Math.max(0, x + direction * 0.05));
      if (next === x) return x;
      if (!at(next)) {
        let [a, b] = [x, next];
        for (let i = 0; i < 40; i += 1) {
          const mid = (a + b) / 2;
          if (at(mid)) a = mid;
          else b = mid;
        }
        return a;
      }
      x = next;
    }
  };
  const current = weights[k] as number;
  return [edge(current, -1), edge(current, 1)];
}

/** For each weighted criterion: the range of its weight in which today's winner stays first. */
export function stability(result: Ranking): Stability[] {
  if (result.ranking.length === 0) return [];
  const table = tableOf(result);
  const weights = Float64Array.from(result.criteria, (c) => c.weight);
  return result.criteria.map((c, k): Stability => {
    const [from, to] =
      result.method === 'weighted'
        ? weightedInterval(table, weights, k)
        : searchedInterval(result.method, table, weights, k);
    const probe = (x: number) => {
      const w = Float64Array.from(weights);
      w[k] = x;
      const j = winnerAt(result.method, table, w);
      return j === 0 ? null : (table.ids[j] ?? null);
    };
    // An end may itself be lost on a tie decided by id (e.g. at weight 0): then "just outside" is the end.
    const below = probe(from) ?? (from > 1e-9 ? probe(Math.max(0, from - 1e-6)) : null);
    const above = probe(to) ?? (to < MAX_WEIGHT - 1e-9 ? probe(Math.min(MAX_WEIGHT, to + 1e-6)) : null);
    const nearerBelow = c.weight - from <= to - c.weight;
    const flipsTo = below && above ? (nearerBelow ? below : above) : (below ?? above);
    return { criterion: c.criterion, weight: c.weight, holdsFrom: from, holdsTo: to, flipsTo };
  });
}
