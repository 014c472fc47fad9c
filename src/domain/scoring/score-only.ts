import type { Method } from './types';

/**
 * The score alone, without contributions or allocation: the same formulas as the scoring
 * methods (values in hundredths of a step), for the inner loops of sampling and search.
 */
export function scoreOnly(
  method: Method,
  weights: ArrayLike<number>,
  values: ArrayLike<number>,
  offset: number,
  count: number,
): number {
  let total = 0;
  for (let i = 0; i < count; i += 1) total += weights[i] as number;
  if (total === 0) return 0;
  if (method === 'weighted') {
    let sum = 0;
    for (let i = 0; i < count; i += 1) sum += (weights[i] as number) * (values[offset + i] as number);
    return sum / (400 * total);
  }
  let plus = 0;
  let minus = 0;
  for (let i = 0; i < count; i += 1) {
    const share = (weights[i] as number) / total;
    const value = (values[offset + i] as number) / 400;
    const good = share * value;
    const gap = share - good;
    plus += gap * gap;
    minus += good * good;
  }
  const distance = Math.sqrt(plus) + Math.sqrt(minus);
  return distance === 0 ? 0 : Math.sqrt(minus) / distance;
}
