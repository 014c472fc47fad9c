import type { Knowledge } from '../../src/domain/knowledge';
import { rank, type Ranking } from '../../src/domain/scoring';
import type { Profile } from '../../src/domain/schemas';
import { HALF_WORD, rankAcceptability, seededRandom, seededWords } from '../../src/domain/sensitivity';
import { measure } from './measure';

const SAMPLES = 10_000;
const RUNS = 20;
const TARGET_MS = 50;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/**
 * The least any sampler must do: draw the same random numbers (every weight and every value of
 * every option, each sample) and the same multiply-adds over typed arrays, with no objects at all.
 */
function floor(result: Ranking, samples: number, seed: number): number {
  const n = result.ranking.length;
  const m = result.criteria.length;
  const random = seededRandom(seed);
  const next = seededWords(seed);
  const weights = new Float64Array(m);
  const values = new Float64Array(n * m);
  const scores = new Float64Array(n);
  let checksum = 0;
  for (let s = 0; s < samples; s += 1) {
    for (let i = 0; i < m; i += 1) weights[i] = random() * 5;
    // The same generator use as the sampler: two uniforms per 32-bit word.
    for (let k = 0; k < n * m; k += 2) {
      const word = next();
      values[k] = (word & 0xffff) * HALF_WORD * 400;
      if (k + 1 < n * m) values[k + 1] = (word >>> 16) * HALF_WORD * 400;
    }
    for (let j = 0; j < n; j += 1) {
      let total = 0;
      let sum = 0;
      for (let i = 0; i < m; i += 1) {
        total += weights[i] as number;
        sum += (weights[i] as number) * (values[j * m + i] as number);
      }
      scores[j] = sum / (400 * total);
    }
    checksum += scores[s % n] as number;
  }
  return checksum;
}

/** SMAA (rankAcceptability) at 10,000 samples on the real networking ranking, next to the floor. */
export function smaaBench(kb: Knowledge): boolean {
  const profiles: [string, Profile][] = [
    [
      '6 weighted criteria',
      {
        version: 1,
        environment: { orchestrator: 'kubernetes' },
        weights: {
          throughput: 5,
          latency: 4,
          cpuEfficiency: 3,
          networkPolicy: 3,
          simplicity: 2,
          maturity: 2,
        },
        mustHave: [],
      } as Profile,
    ],
    ['equal weights', { version: 1, environment: {}, weights: {}, mustHave: [] }],
  ];
  let ok = true;
  for (const [name, profile] of profiles) {
    const result = rank(kb, profile, { category: 'networking', method: 'weighted' });
    const size = `${result.ranking.length} options × ${result.criteria.length} criteria`;
    const smaa = measure(() => rankAcceptability(result, SAMPLES, 1), RUNS, 3);
    const base = measure(() => floor(result, SAMPLES, 1), RUNS, 3);
    const met = smaa.median <= TARGET_MS;
    ok &&= met;
    console.log(
      `SMAA ${SAMPLES} samples, networking, ${name} (${size}): median ${fmt(smaa.median)}, p95 ${fmt(smaa.p95)}; ` +
        `floor median ${fmt(base.median)}, p95 ${fmt(base.p95)} (${(smaa.median / base.median).toFixed(1)}× floor) ` +
        `over ${RUNS} runs — target median ≤ ${TARGET_MS} ms: ${met ? 'met' : 'NOT MET'}`,
    );
  }
  return ok;
}
