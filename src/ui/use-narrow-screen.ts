import { useSyncExternalStore } from 'react';

/** Phone width: below it, long panels start collapsed and tables start compact. */
export const NARROW_SCREEN = '(max-width: 600px)';

// jsdom and some embedded browsers have no matchMedia: they get the full layout.
const mediaQuery = (): MediaQueryList | undefined =>
  typeof window.matchMedia === 'function' ? window.matchMedia(NARROW_SCREEN) : undefined;

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** True on a phone-sized screen; follows rotation and resizing. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQuery()?.matches ?? false,
    () => false,
  );
}
