/** mulberry32's state advances by this constant before each word is mixed out of it. */
export const WORD_STEP = 0x6d2b79f5;

/** mulberry32's output word for a state; a sampler that keeps the state in a local calls this inline. */
export function mixWord(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** mulberry32: a small, fast, seedable generator of 32-bit words; the same seed gives the same sequence. */
export function seededWords(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + WORD_STEP) >>> 0;
    return mixWord(state);
  };
}

/** Uniform numbers in [0, 1) from mulberry32. */
export function seededRandom(seed: number): () => number {
  const next = seededWords(seed);
  return () => next() / 4294967296;
}

/** One 32-bit word gives two uniforms at 1/65,536 resolution: ample within a range of a step or less. */
export const HALF_WORD = 1 / 65536;
