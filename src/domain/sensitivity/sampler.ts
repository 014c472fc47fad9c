import { SCORE_EPSILON, type Method } from '../scoring';
import { HALF_WORD, mixWord, WORD_STEP } from './random';

/** Each weight is drawn uniformly within ±1 of the profile's value, clamped to 0–5. */
export const WEIGHT_SPREAD = 1;
export const RANKS_REPORTED = 3;

/** What the sampler reads, all numbers: `n` options × `m` criteria, values in hundredths of a step. */
export interface SamplerInput {
  method: Method;
  n: number;
  m: number;
  /** The profile's weights. */
  base: Float64Array;
  /** Row-major per option: the low end of each value's range and the range's width. */
  low: Float64Array;
  width: Float64Array;
  /** Each option's place in id order: equal scores go to the lower id. */
  idOrder: Int32Array;
  samples: number;
  seed: number;
}

export interface Draws {
  /** Option j's score in sample s at `j * samples + s`. */
  scores: Float64Array;
  /** How often option j took rank r + 1, at `j * RANKS_REPORTED + r`. */
  counts: Float64Array;
}

/** Whether option a ranks before option b: higher score, equal scores in id order. */
function ahead(scores: Float64Array, idOrder: Int32Array, a: number, b: number): boolean {
  const d = (scores[a] as number) - (scores[b] as number);
  return d > SCORE_EPSILON || (d >= -SCORE_EPSILON && (idOrder[a] as number) < (idOrder[b] as number));
}

/** One sample's draws and scores, per method; each returns the generator's state after it. */
interface Sample {
  n: number;
  m: number;
  low: Float64Array;
  /** The ranges' widths × HALF_WORD: exact (a power of two), one multiplication fewer per value. */
  step: Float64Array;
  weights: Float64Array;
  shares: Float64Array;
  /** This sample's scores, per option. */
  current: Float64Array;
}

/**
 * The values in option-major order, two per word (the high half of a sample's last word unused
 * when n·m is odd), each scored as it is drawn by `scoreOnly`'s weighted sum, in the same order of
 * operations. (low + half·2⁻¹⁶·width equals low + half·(width·2⁻¹⁶) exactly.)
 */
function weightedSample(x: Sample, state: number, total: number): number {
  const { n, m, low, step, weights, current } = x;
  let word = 0;
  let k = 0;
  for (let j = 0; j < n; j += 1) {
    let sum = 0;
    for (let i = 0; i < m; i += 1, k += 1) {
      let half: number;
      if ((k & 1) === 0) {
        state = (state + WORD_STEP) >>> 0;
        word = mixWord(state);
        half = word & 0xffff;
      } else half = word >>> 16;
      sum += (weights[i] as number) * ((low[k] as number) + half * (step[k] as number));
    }
    current[j] = total === 0 ? 0 : sum / (400 * total);
  }
  return state;
}

/** The same draws, scored by `scoreOnly`'s TOPSIS. */
function topsisSample(x: Sample, state: number, total: number): number {
  const { n, m, low, step, shares, current } = x;
  let word = 0;
  let k = 0;
  for (let j = 0; j < n; j += 1) {
    let plus = 0;
    let minus = 0;
    for (let i = 0; i < m; i += 1, k += 1) {
      let half: number;
      if ((k & 1) === 0) {
        state = (state + WORD_STEP) >>> 0;
        word = mixWord(state);
        half = word & 0xffff;
      } else half = word >>> 16;
      const share = shares[i] as number;
      const good = share * (((low[k] as number) + half * (step[k] as number)) / 400);
      const gap = share - good;
      plus += gap * gap;
      minus += good * good;
    }
    const distance = Math.sqrt(plus) + Math.sqrt(minus);
    current[j] = total === 0 || distance === 0 ? 0 : Math.sqrt(minus) / distance;
  }
  return state;
}

/**
 * The sampling loop: per sample one word per weight, then the values (see `weightedSample`), then
 * the three best. The same seed gives the same scores to the last bit as drawing every value
 * first and scoring after. The generator's state stays in a local: no closure, no allocation.
 */
export function drawSamples(input: SamplerInput): Draws {
  const { n, m, base, idOrder, samples } = input;
  const sample: Sample = {
    n,
    m,
    low: input.low,
    step: input.width.map((w) => w * HALF_WORD),
    weights: new Float64Array(m),
    shares: new Float64Array(m),
    current: new Float64Array(n),
  };
  const { weights, shares, current } = sample;
  const topsis = input.method !== 'weighted';
  const draw = topsis ? topsisSample : weightedSample;
  const scores = new Float64Array(n * samples);
  const counts = new Float64Array(n * RANKS_REPORTED);
  const top = new Int32Array(RANKS_REPORTED);
  let state = input.seed >>> 0;
  for (let s = 0; s < samples; s += 1) {
    let total = 0;
    for (let i = 0; i < m; i += 1) {
      state = (state + WORD_STEP) >>> 0;
      const w = (base[i] as number) + ((mixWord(state) / 4294967296) * 2 - 1) * WEIGHT_SPREAD;
      const clamped = w < 0 ? 0 : w > 5 ? 5 : w;
      weights[i] = clamped;
      total += clamped;
    }
    if (topsis) for (let i = 0; i < m; i += 1) shares[i] = (weights[i] as number) / total;
    state = draw(sample, state, total);
    for (let j = 0; j < n; j += 1) scores[j * samples + s] = current[j] as number;
    // One pass keeps the three best, in order (insertion into a list of three).
    let filled = 0;
    for (let j = 0; j < n; j += 1) {
      let r = filled;
      while (r > 0 && ahead(current, idOrder, j, top[r - 1] as number)) r -= 1;
      if (r >= RANKS_REPORTED) continue;
      for (let q = Math.min(filled, RANKS_REPORTED - 1); q > r; q -= 1) top[q] = top[q - 1] as number;
      top[r] = j;
      if (filled < RANKS_REPORTED) filled += 1;
    }
    for (let r = 0; r < filled; r += 1) {
      const at = (top[r] as number) * RANKS_REPORTED + r;
      counts[at] = (counts[at] as number) + 1;
    }
  }
  return { scores, counts };
}
