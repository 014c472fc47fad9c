import { useCallback, useState } from 'react';

// Where a phone starts with every source folded: a page of titles instead of metres of charts.
const NARROW = '(max-width: 40rem)';

const isNarrow = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(NARROW).matches;

export interface ExpandedSources {
  isOpen: (id: string) => boolean;
  toggle: (id: string) => void;
  open: (id: string) => void;
  setAll: (open: boolean) => void;
}

/**
 * Which sources show their figures. Stored as a default plus the sources toggled away from it, so
 * "fold all" and "unfold all" are one step whatever was toggled before.
 */
export function useExpandedSources(): ExpandedSources {
  const [state, setState] = useState(() => ({ open: !isNarrow(), toggled: new Set<string>() }));
  const isOpen = useCallback((id: string) => state.open !== state.toggled.has(id), [state]);
  const toggle = useCallback(
    (id: string) =>
      setState((s) => {
        const toggled = new Set(s.toggled);
        if (!toggled.delete(id)) toggled.add(id);
        return { open: s.open, toggled };
      }),
    [],
  );
  const open = useCallback(
    (id: string) => {
      if (!isOpen(id)) toggle(id);
    },
    [isOpen, toggle],
  );
  const setAll = useCallback((all: boolean) => setState({ open: all, toggled: new Set() }), []);
  return { isOpen, toggle, open, setAll };
}
