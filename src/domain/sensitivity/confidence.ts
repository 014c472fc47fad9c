import type { Knowledge } from '../knowledge';
import type { Profile } from '../schemas';
import { sameScore, type Ranking } from '../scoring';
import { nearMisses, type NearMiss } from './near-misses';
import { DEFAULT_SAMPLES, DEFAULT_SEED, rankAcceptability, type SmaaResult } from './smaa';
import { stability, type Stability } from './stability';

export interface Confidence {
  smaa: SmaaResult;
  /** acceptability of rank 1 for today's winner. */
  winnerShare: number;
  /** Options whose score equals the winner's (the winner itself not included). */
  tiedWithWinner: string[];
  stability: Stability[];
  nearMisses: NearMiss[];
}

export function confidence(
  kb: Knowledge,
  profile: Profile,
  result: Ranking,
  samples: number = DEFAULT_SAMPLES,
  seed: number = DEFAULT_SEED,
): Confidence {
  const smaa = rankAcceptability(result, samples, seed);
  const top = result.ranking[0];
  return {
    smaa,
    winnerShare: smaa.options[0]?.ranks[0] ?? 0,
    tiedWithWinner: top
      ? result.ranking
          .slice(1)
          .filter((o) => sameScore(o.score, top.score))
          .map((o) => o.id)
      : [],
    stability: stability(result),
    nearMisses: nearMisses(kb, profile, result),
  };
}
