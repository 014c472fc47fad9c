import type { Ranking } from '@/domain/scoring';
import type { SmaaResult } from '@/domain/sensitivity';

export interface SmaaRequest {
  id: number;
  ranking: Ranking;
  samples: number;
  seed: number;
}

export interface SmaaResponse {
  id: number;
  result: SmaaResult;
}
