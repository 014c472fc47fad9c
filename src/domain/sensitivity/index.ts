export { confidence, type Confidence } from './confidence';
export {
  rankAcceptability,
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  WEIGHT_SPREAD,
  type SmaaResult,
  type Acceptability,
} from './smaa';
export { stability, type Stability } from './stability';
export { nearMisses, type NearMiss } from './near-misses';
export { seededRandom, seededWords, mixWord, HALF_WORD, WORD_STEP } from './random';
