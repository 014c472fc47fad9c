import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildSync } from 'esbuild';
import type { Knowledge } from '../../src/domain/knowledge';
import { rank, type Ranking } from '../../src/domain/scoring';
import type { Profile } from '../../src/domain/schemas';
import { HALF_WORD, mixWord, rankAcceptability, WORD_STEP } from '../../src/domain/sensitivity';
import type { SmaaRequest, SmaaResponse } from '../../src/features/results/smaa-messages';
import { measure, type Timing } from './measure';

const SAMPLES = 10_000;
const RUNS = 20;
const TARGET_MS = 50;
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;

/**
 * The least any sampler must do: draw the same random numbers (every weight and every value of
 * every option, each sample, from the same generator kept in a local) and the same multiply-adds
 * over typed arrays, with no clamping, no ranks, no percentiles and no objects.
 */
function floor(result: Ranking, samples: number, seed: number): number {
  const n = result.ranking.length;
  const m = result.criteria.length;
  const cells = n * m;
  const weights = new Float64Array(m);
  const values = new Float64Array(cells);
  const scores = new Float64Array(n);
  let state = seed >>> 0;
  let checksum = 0;
  for (let s = 0; s < samples; s += 1) {
    let total = 0;
    for (let i = 0; i < m; i += 1) {
      state = (state + WORD_STEP) >>> 0;
      weights[i] = (mixWord(state) / 4294967296) * 5;
      total += weights[i] as number;
    }
    // The same generator use as the sampler: two uniforms per 32-bit word.
    for (let k = 0; k < cells; k += 2) {
      state = (state + WORD_STEP) >>> 0;
      const word = mixWord(state);
      values[k] = (word & 0xffff) * HALF_WORD * 400;
      if (k + 1 < cells) values[k + 1] = (word >>> 16) * HALF_WORD * 400;
    }
    for (let j = 0; j < n; j += 1) {
      let sum = 0;
      for (let i = 0; i < m; i += 1) sum += (weights[i] as number) * (values[j * m + i] as number);
      scores[j] = sum / (400 * total);
    }
    checksum += scores[s % n] as number;
  }
  return checksum;
}

/**
 * The app's own worker module (src/features/results/smaa-worker.ts), bundled as the build
 * bundles it, in a node worker_thread whose `self`/`postMessage` are wired to the thread's port.
 */
function startWorker(): Worker {
  const outfile = join(process.cwd(), 'node_modules/.tmp/bench-smaa-worker.mjs');
  buildSync({
    entryPoints: ['src/features/results/smaa-worker.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    tsconfig: 'tsconfig.app.json',
    outfile,
    logLevel: 'warning',
    banner: {
      js: [
        "import { parentPort } from 'node:worker_threads';",
        'globalThis.self = globalThis;',
        'globalThis.postMessage = (message) => parentPort.postMessage(message);',
        "parentPort.on('message', (data) => globalThis.onmessage?.({ data }));",
      ].join('\n'),
    },
  });
  return new Worker(outfile);
}

/** Message out, samples drawn in the worker, answer back: the whole round trip, as the app waits for it. */
async function inWorker(worker: Worker, ranking: Ranking): Promise<Timing> {
  let id = 0;
  const once = () =>
    new Promise<number>((resolve) => {
      const request: SmaaRequest = { id: (id += 1), ranking, samples: SAMPLES, seed: 1 };
      const start = performance.now();
      worker.once('message', (response: SmaaResponse) => {
        if (response.id === request.id) resolve(performance.now() - start);
      });
      worker.postMessage(request);
    });
  for (let i = 0; i < 3; i += 1) await once();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once());
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs: RUNS };
}

/** SMAA (rankAcceptability) at 10,000 samples on the real networking ranking, next to the floor. */
export async function smaaBench(kb: Knowledge): Promise<boolean> {
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
  const worker = startWorker();
  try {
    for (const [name, profile] of profiles) {
      const result = rank(kb, profile, { category: 'networking', method: 'weighted' });
      const size = `${result.ranking.length} options × ${result.criteria.length} criteria`;
      const smaa = measure(() => rankAcceptability(result, SAMPLES, 1), RUNS, 3);
      const threaded = await inWorker(worker, result);
      const base = measure(() => floor(result, SAMPLES, 1), RUNS, 3);
      const met = threaded.median <= TARGET_MS;
      ok &&= met;
      console.log(
        `SMAA ${SAMPLES} samples, networking, ${name} (${size}): in the app's worker module on a node worker_thread ` +
          `(round trip) median ${fmt(threaded.median)}, p95 ${fmt(threaded.p95)}; on the main thread median ${fmt(smaa.median)}, ` +
          `p95 ${fmt(smaa.p95)}; floor median ${fmt(base.median)}, p95 ${fmt(base.p95)} ` +
          `(worker ${(threaded.median / base.median).toFixed(2)}× floor) over ${RUNS} runs — target median ≤ ${TARGET_MS} ms in a worker: ${met ? 'met' : 'NOT MET'}`,
      );
    }
  } finally {
    await worker.terminate();
  }
  return ok;
}
