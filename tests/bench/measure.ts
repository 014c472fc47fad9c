export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Runs `fn` after a warm-up and returns per-run wall time in milliseconds. */
export function measure(fn: () => unknown, runs: number, warmup = Math.ceil(runs / 5)): Timing {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), runs };
}
