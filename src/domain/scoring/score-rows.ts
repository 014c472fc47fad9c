import type { OptionId } from '../schemas';
import { compareRanked, SCORE_EPSILON } from './compare';
import { topsisInputs, type CompiledSubset } from './compiled-subset';
import type { Method } from './types';

/**
 * Every row's score by the formulas of `weightedSum` and `topsis`, operation for operation, so
 * equal to theirs to the last bit, without the contributions (those are worked out when read).
 */
export function scoreRows(
  method: Method,
  weights: readonly number[],
  s: CompiledSubset,
  scores: Float64Array,
): void {
  const { m, values } = s;
  const k = scores.length;
  const w = Float64Array.from(weights);
  let total = 0;
  for (let i = 0; i < m; i += 1) total += w[i] as number;
  if (method === 'weighted') {
    // Integer weights times integer hundredths: every partial sum is exact, whatever the order.
    const denominator = 400 * total;
    for (let r = 0; r < k; r += 1) {
      const offset = r * m;
      let sum = 0;
      for (let i = 0; i < m; i += 1) sum += (w[i] as number) * (values[offset + i] as number);
      scores[r] = total === 0 ? 0 : sum / denominator;
    }
    return;
  }
  const { fractions, complements } = topsisInputs(s);
  const shares = w.map((x) => (total === 0 ? 0 : x / total));
  for (let r = 0; r < k; r += 1) {
    const offset = r * m;
    let plus = 0;
    let minus = 0;
    for (let i = 0; i < m; i += 1) {
      const share = shares[i] as number;
      const good = share * (fractions[offset + i] as number);
      const gap = share * (complements[offset + i] as number);
      plus += gap * gap;
      minus += good * good;
    }
    const distance = Math.sqrt(plus) + Math.sqrt(minus);
    scores[r] = distance === 0 ? 0 : Math.sqrt(minus) / distance;
  }
}

/**
 * Row positions best first: higher score, equal scores by id (`ranks`: each row's place in id
 * order), the order `compareRanked` gives. Sorted on exact scores, then each run of scores
 * within SCORE_EPSILON of its neighbours (possible with TOPSIS rounding) is put in id order: while
 * no run spans more than SCORE_EPSILON, "equal within SCORE_EPSILON" is an equivalence and
 * `compareRanked` a total order, so every sort agrees. A wider run (a chain of near-equal scores)
 * leaves the order to `compareRanked` itself: the rows are sorted with it from knowledge-base order.
 */
export function orderRows(
  scores: Float64Array,
  ranks: Int32Array,
  idOf: (row: number) => OptionId,
): Int32Array {
  const order = sortRows(scores, ranks);
  const k = order.length;
  for (let p = 0; p < k;) {
    let q = p + 1;
    while (
      q < k &&
      (scores[order[q - 1] as number] as number) - (scores[order[q] as number] as number) <= SCORE_EPSILON
    )
      q += 1;
    const span = (scores[order[p] as number] as number) - (scores[order[q - 1] as number] as number);
    if (span > SCORE_EPSILON) {
      const rows = Array.from({ length: k }, (_, r) => ({ id: idOf(r), score: scores[r] as number, r }));
      return Int32Array.from(rows.sort(compareRanked), (x) => x.r);
    }
    // Exactly equal scores are in id order already; a run within the tolerance is put in it.
    if (span > 0) {
      for (let a = p + 1; a < q; a += 1) {
        const x = order[a] as number;
        let b = a - 1;
        while (b >= p && (ranks[order[b] as number] as number) > (ranks[x] as number)) {
          order[b + 1] = order[b] as number;
          b -= 1;
        }
        order[b + 1] = x;
      }
    }
    p = q;
  }
  return order;
}

/** Runs this short are sorted by insertion before merging. */
const RUN = 16;

/** Row positions by exact score, higher first, equal scores by `ranks`: a merge sort on numbers. */
function sortRows(scores: Float64Array, ranks: Int32Array): Int32Array {
  const k = scores.length;
  const before = (a: number, b: number): boolean => {
    const d = (scores[a] as number) - (scores[b] as number);
    return d > 0 || (d === 0 && (ranks[a] as number) < (ranks[b] as number));
  };
  let order = new Int32Array(k);
  for (let r = 0; r < k; r += 1) order[r] = r;
  for (let lo = 0; lo < k; lo += RUN) {
    const hi = Math.min(lo + RUN, k);
    for (let p = lo + 1; p < hi; p += 1) {
      const x = order[p] as number;
      let q = p - 1;
      while (q >= lo && before(x, order[q] as number)) {
        order[q + 1] = order[q] as number;
        q -= 1;
      }
      order[q + 1] = x;
    }
  }
  let spare = new Int32Array(k);
  for (let width = RUN; width < k; width *= 2) {
    for (let lo = 0; lo < k; lo += 2 * width) {
      const mid = Math.min(lo + width, k);
      const hi = Math.min(lo + 2 * width, k);
      let a = lo;
      let b = mid;
      for (let p = lo; p < hi; p += 1) {
        const takeRight = a >= mid || (b < hi && before(order[b] as number, order[a] as number));
        spare[p] = takeRight ? (order[b++] as number) : (order[a++] as number);
      }
    }
    [order, spare] = [spare, order];
  }
  return order;
}
