import { describe, expect, it } from 'vitest';
import { scoreOnly, topsis } from '../../src/domain/scoring';

/**
 * The TOPSIS example of pymcdm (Kizielewicz, Shekhovtsov, Sałabun), checked through the engine's
 * own formula. Decision matrix, one row per alternative, criteria [benefit, cost]:
 *
 *   A1 [4, 4]   A2 [1, 5]   A3 [3, 2]   A4 [4, 2]     weights [0.5, 0.5], min–max normalisation
 *
 * pymcdm's preferences: [0.6126, 0, 0.7829, 1].
 *
 * The engine's `topsis` takes values already oriented so that more is better, in hundredths of a
 * step on 0–400, and measures distances to a pinned ideal (1 on every criterion) and anti-ideal (0).
 * That is the same computation as pymcdm's here:
 * - min–max normalisation maps a benefit column by (x − min)/(max − min) and a cost column by
 *   (max − x)/(max − min), its inverse; both put the column's best at 1 and its worst at 0, so the
 *   normalised matrix below is what pymcdm itself scores;
 * - pymcdm's ideal and anti-ideal are the best and worst weighted normalised values of each column;
 *   after min–max they are exactly w·1 and w·0, the engine's pinned ideal and anti-ideal;
 * - `topsis` divides each weight by their sum; [0.5, 0.5] already sums to 1.
 * So each normalised value times 400 is the engine's input, and the closeness must agree.
 */
const matrix = [
  [4, 4],
  [1, 5],
  [3, 2],
  [4, 2],
];
const types: ('benefit' | 'cost')[] = ['benefit', 'cost'];
const weights = [0.5, 0.5];
const expected = [0.6126, 0, 0.7829, 1];

/** Min–max normalisation per column, a cost column inverted: best 1, worst 0. */
function minMax(rows: number[][], kinds: ('benefit' | 'cost')[]): number[][] {
  return rows.map((row) =>
    row.map((x, j) => {
      const column = rows.map((r) => r[j] as number);
      const min = Math.min(...column);
      const max = Math.max(...column);
      return kinds[j] === 'benefit' ? (x - min) / (max - min) : (max - x) / (max - min);
    }),
  );
}

describe('TOPSIS golden case (pymcdm example)', () => {
  const normalised = minMax(matrix, types);

  it('normalises the matrix as pymcdm does (fixture check)', () => {
    expect(normalised).toEqual([
      [1, 1 / 3],
      [0, 0],
      [2 / 3, 1],
      [1, 1],
    ]);
  });

  it.each(expected.map((preference, i) => [`A${i + 1}`, i, preference] as const))(
    '%s: topsis closeness is pymcdm’s preference to 4 decimals',
    (_name, i, preference) => {
      const values = (normalised[i] as number[]).map((v) => v * 400);
      const result = topsis(weights, values);
      expect(result.score).toBeCloseTo(preference, 4);
      // The sampler's and the stability search's formula gives the same score.
      expect(scoreOnly('topsis', weights, values, 0, values.length)).toBeCloseTo(result.score, 12);
    },
  );

  it('orders the alternatives A4, A3, A1, A2', () => {
    const scores = normalised.map((row) =>
      topsis(
        weights,
        row.map((v) => v * 400),
      ),
    );
    const order = scores
      .map((r, i) => ({ id: `A${i + 1}`, score: r.score }))
      .sort((a, b) => b.score - a.score)
      .map((r) => r.id);
    expect(order).toEqual(['A4', 'A3', 'A1', 'A2']);
  });
});
