import { useEffect, useMemo, useState } from 'react';
import type { Profile } from '@/domain/schemas';
import type { Ranking } from '@/domain/scoring';
import {
  DEFAULT_SAMPLES,
  DEFAULT_SEED,
  nearMisses,
  rankAcceptability,
  stability,
  type NearMiss,
  type SmaaResult,
  type Stability,
} from '@/domain/sensitivity';
import { useKnowledge } from '@/ui';
import type { SmaaRequest, SmaaResponse } from './smaa-messages';

export interface ConfidenceState {
  /** Undefined while the samples are being drawn for the current ranking. */
  smaa: SmaaResult | undefined;
  stability: Stability[];
  nearMisses: NearMiss[];
}

let worker: Worker | undefined;
let nextId = 0;
const listeners = new Map<number, (result: SmaaResult) => void>();

/** One worker for the app; where there is none (tests), the same code runs after the current task. */
function requestSmaa(ranking: Ranking, deliver: (result: SmaaResult) => void): () => void {
  const id = (nextId += 1);
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => deliver(rankAcceptability(ranking, DEFAULT_SAMPLES, DEFAULT_SEED)), 0);
    return () => clearTimeout(timer);
  }
  if (!worker) {
    worker = new Worker(new URL('./smaa-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SmaaResponse>) =>
      listeners.get(event.data.id)?.(event.data.result);
  }
  listeners.set(id, deliver);
  const request: SmaaRequest = { id, ranking, samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED };
  worker.postMessage(request);
  return () => listeners.delete(id);
}

/** How sure the ranking is: acceptability off the main thread, stability and near misses derived here. */
export function useConfidence(ranking: Ranking, profile: Profile): ConfidenceState {
  const { kb } = useKnowledge();
  const [smaa, setSmaa] = useState<{ for: Ranking; result: SmaaResult } | undefined>();
  // The cleanup drops the answer for a ranking that has since changed.
  useEffect(() => requestSmaa(ranking, (result) => setSmaa({ for: ranking, result })), [ranking]);
  const stable = useMemo(() => stability(ranking), [ranking]);
  const misses = useMemo(() => nearMisses(kb, profile, ranking), [kb, profile, ranking]);
  return { smaa: smaa?.for === ranking ? smaa.result : undefined, stability: stable, nearMisses: misses };
}
