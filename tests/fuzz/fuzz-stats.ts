/** Tallies of one fuzzed surface, printed at the end of a run. */
export interface SurfaceStats {
  surface: string;
  cases: number;
  accepted: number;
  refused: number;
  crashes: number;
  unbounded: number;
  badMessages: number;
  lost: number;
  blank: number;
  slowestMs: number;
}

export const newStats = (surface: string): SurfaceStats => ({
  surface,
  cases: 0,
  accepted: 0,
  refused: 0,
  crashes: 0,
  unbounded: 0,
  badMessages: 0,
  lost: 0,
  blank: 0,
  slowestMs: 0,
});

/** How many cases per surface: a few hundred in `npm test`, FUZZ_RUNS (e.g. 2,000) in `npm run fuzz`. */
export const runsPer = (ciDefault: number): number => {
  const fromEnv = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : ciDefault;
};

/** The seed: fixed, so a failure reproduces; FUZZ_SEED to explore another part of the space. */
export const fuzzSeed = (): number => {
  const fromEnv = Number(process.env.FUZZ_SEED);
  return Number.isInteger(fromEnv) ? fromEnv : 20261201;
};

/** Wall time above which one case counts as unbounded work. */
export const UNBOUNDED_MS = 2000;

// eslint-disable-next-line no-control-regex
const unprintable = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;

/** A problem names where (a path before ": ") or summarises the rest of a capped list, and is printable. */
export const goodMessage = (problem: string): boolean =>
  (/^\S.*?: \S/.test(problem) || /^… .*\d/.test(problem)) &&
  !unprintable.test(problem) &&
  problem.length <= 2000;

export function report(stats: readonly SurfaceStats[]): string {
  const head = 'surface  cases  accepted  refused  crashes  unbounded  bad-messages  lost  blank  slowest';
  const rows = stats.map((s) =>
    [
      s.surface.padEnd(7),
      String(s.cases).padStart(6),
      String(s.accepted).padStart(9),
      String(s.refused).padStart(8),
      String(s.crashes).padStart(8),
      String(s.unbounded).padStart(10),
      String(s.badMessages).padStart(13),
      String(s.lost).padStart(5),
      String(s.blank).padStart(6),
      `${s.slowestMs.toFixed(0)} ms`.padStart(9),
    ].join(' '),
  );
  return ['fuzz (seed ' + fuzzSeed() + ')', head, ...rows].join('\n');
}
