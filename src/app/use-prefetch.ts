import { useEffect, useState } from 'react';
import { useKnowledgeNeeds } from '@/knowledge-context';

const later = ['scoring'];
const none: string[] = [];

// Long enough for the view's own chunk and first paint to go first.
const AFTER_MS = 1500;

/**
 * A little after the view shows, fetches the scoring data while the browser is idle: stored ids
 * can then be checked, and the next view has its numbers at hand.
 */
export function usePrefetch(viewReady: boolean): void {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!viewReady || idle) return undefined;
    let idleId: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        idleId = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
      else setIdle(true);
    }, AFTER_MS);
    return () => {
      clearTimeout(timer);
      if (idleId !== undefined) cancelIdleCallback(idleId);
    };
  }, [viewReady, idle]);
  useKnowledgeNeeds(idle ? later : none);
}
