import { startTransition, useCallback, useEffect, useState } from 'react';

// Sources put on the page by the first pass, then by each further pass.
const FIRST = 2;
const STEP = 3;

/**
 * How many of `total` sources are on the page. Each pass adds a few in a background render that
 * commits on its own, so that the browser styles and lays out a few sources per task rather than
 * the whole page in one; `reveal` puts at least that many on the page at once (for a jump).
 */
export function useRevealedCount(total: number): [number, (atLeast: number) => void] {
  const [count, setCount] = useState(FIRST);
  useEffect(() => {
    if (count < total) startTransition(() => setCount((c) => c + STEP));
  }, [count, total]);
  const reveal = useCallback((atLeast: number) => setCount((c) => Math.max(c, atLeast)), []);
  return [Math.min(count, total), reveal];
}
