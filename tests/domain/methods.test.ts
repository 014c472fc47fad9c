import { describe, expect, it } from 'vitest';
import { topsis, weightedSum } from '../../src/domain/scoring';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('weightedSum', () => {
  it.each<[string, { share: number; normalized: number }[], number]>([
    [
      'all best',
      [
        { share: 0.5, normalized: 1 },
        { share: 0.5, normalized: 1 },
      ],
      1,
    ],
    [
      'all worst',
      [
        { share: 0.5, normalized: 0 },
        { share: 0.5, normalized: 0 },
      ],
      0,
    ],
    [
      'weighted mix',
      [
        { share: 0.75, normalized: 1 },
        { share: 0.25, normalized: 0 },
      ],
      0.75,
    ],
    [
      'half levels',
      [
        { share: 0.2, normalized: 0.5 },
        { share: 0.8, normalized: 0.25 },
      ],
      0.3,
    ],
  ])('%s', (_name, values, expected) => {
    const result = weightedSum(
      values.map((v) => v.share),
      values.map((v) => v.normalized * 400),
    );
    expect(result.score).toBeCloseTo(expected, 12);
    expect(sum(result.contributions)).toBeCloseTo(result.score, 12);
  });
});

describe('topsis (anchored ideal 1, anti-ideal 0)', () => {
  it.each<[string, { share: number; normalized: number }[], number]>([
    ['at the ideal', [{ share: 1, normalized: 1 }], 1],
    ['at the anti-ideal', [{ share: 1, normalized: 0 }], 0],
    ['midway on one criterion', [{ share: 1, normalized: 0.5 }], 0.5],
    // D+ = 0.5, D− = 0.5 → 0.5
    [
      'one best, one worst, equal weight',
      [
        { share: 0.5, normalized: 1 },
        { share: 0.5, normalized: 0 },
      ],
      0.5,
    ],
    // D+ = 0.25, D− = 0.75 → 0.75
    [
      'heavier criterion best',
      [
        { share: 0.75, normalized: 1 },
        { share: 0.25, normalized: 0 },
      ],
      0.75,
    ],
    // D+ = sqrt(0.25²+0.125²)=0.2795, D− = sqrt(0.25²+0.375²)=0.4507 → 0.6172
    [
      'levels in between',
      [
        { share: 0.5, normalized: 0.5 },
        { share: 0.5, normalized: 0.75 },
      ],
      0.6172,
    ],
  ])('%s', (_name, values, expected) => {
    const result = topsis(
      values.map((v) => v.share),
      values.map((v) => v.normalized * 400),
    );
    expect(result.score).toBeCloseTo(expected, 4);
    expect(sum(result.contributions)).toBeCloseTo(result.score, 12);
  });
});
