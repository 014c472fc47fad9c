import { startTransition, useEffect, useMemo, useState } from 'react';
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
import { useKnowledge } from '@/knowledge-context';
import type { SmaaRequest, SmaaResponse } from './smaa-messages';

export interface ConfidenceState {
  /** Undefined while the samples are being drawn for the current ranking. */
  smaa: SmaaResult | undefined;
  stability: Stability[];
  nearMisses: NearMiss[];
}

let worker: Promise<Worker> | undefined;
let nextId = 0;
const listeners = new Map<number, (result: SmaaResult) => void>();

// After the ranking's first paint: the acceptability figures follow a moment later.
const WORKER_DELAY_MS = 500;

/**
 * The worker starts once the browser is idle: the ranking is on screen first, and the worker's
 * script is not part of what the first paint of a results page waits for.
 */
function startWorker(): Promise<Worker> {
  worker ??= new Promise((resolve) => {
    const start = () => {
      const created = new Worker(new URL('./smaa-worker.ts', import.meta.url), { type: 'module' });
      created.onmessage = (event: MessageEvent<SmaaResponse>) =>
        listeners.get(event.data.id)?.(event.data.result);
      resolve(created);
    };
    setTimeout(() => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 1000 });
      else start();
    }, WORKER_DELAY_MS);
  });
  return worker;
}

/** One worker for the app; where there is none (tests), the same code runs after the current task. */
function requestSmaa(ranking: Ranking, deliver: (result: SmaaResult) => void): () => void {
  const id = (nextId += 1);
  if (typeof Worker === 'undefined') {
    const timer = setTimeout(() => deliver(rankAcceptability(ranking, DEFAULT_SAMPLES, DEFAULT_SEED)), 0);
    return () => clearTimeout(timer);
  }
  listeners.set(id, deliver);
  const request: SmaaRequest = { id, ranking, samples: DEFAULT_SAMPLES, seed: DEFAULT_SEED };
  void startWorker().then((w) => {
    // A ranking replaced before the worker started needs no answer.
    if (listeners.has(id)) w.postMessage(request);
  });
  return () => listeners.delete(id);
}

/** How sure the ranking is: acceptability off the main thread, stability and near misses derived here. */
export function useConfidence(ranking: Ranking, profile: Profile): ConfidenceState {
  const { kb } = useKnowledge();
  const [smaa, setSmaa] = useState<{ for: Ranking; result: SmaaResult } | undefined>();
  // The cleanup drops the answer for a ranking that has since changed. The answer is drawn in a
  // transition: a slider moved meanwhile is answered first, the table follows.
  useEffect(
    () => requestSmaa(ranking, (result) => startTransition(() => setSmaa({ for: ranking, result }))),
    [ranking],
  );
  const stable = useMemo(() => stability(ranking), [ranking]);
  const misses = useMemo(() => nearMisses(kb, profile, ranking), [kb, profile, ranking]);
  return { smaa: smaa?.for === ranking ? smaa.result : undefined, stability: stable, nearMisses: misses };
}
