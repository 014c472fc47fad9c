import { act } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * jsdom has no matchMedia (the views then take the full layout); this one answers every query
 * with the width the test sets, and can be "rotated" to fire a change.
 */
export function fakeScreen(narrow: boolean): { resize: (narrow: boolean) => void } {
  const listeners = new Set<() => void>();
  let matches = narrow;
  vi.stubGlobal('matchMedia', (media: string) => ({
    media,
    get matches() {
      return matches;
    },
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    resize: (next) => {
      matches = next;
      act(() => listeners.forEach((listener) => listener()));
    },
  };
}
