import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { OverlayResult } from '@/domain/overlay';
import type { SharedOverlay } from '@/domain/profile';
import { useOverlay } from '@/knowledge-context';
import { fetchOverlay, type FetchFailure } from './fetch-overlay';

export type OfferFetch =
  | { state: 'idle' }
  | { state: 'fetching' }
  | { state: 'failed'; failure: FetchFailure }
  | { state: 'fetched'; text: string };

export interface OverlayOffer {
  /** The overlay's text: the link's own, or once fetched from its address. */
  text: string | undefined;
  fetched: OfferFetch;
  /** The text checked against the knowledge base; undefined until there is a text and the parts it needs. */
  result: OverlayResult | undefined;
  /** Fetches the address (again); ignored while a fetch is under way. */
  fetch: () => void;
}

/** The label the link's overlay is checked under: problems read "link: …". */
export const LINK_LABEL = 'link';

/**
 * A share link's overlay, looked at before it is used: an inline one is checked at once, one by
 * address when the user asks for it to be fetched. Nothing here applies it.
 */
export function useOverlayOffer(overlay: SharedOverlay): OverlayOffer {
  const state = useOverlay();
  const prepare = state?.prepare;
  useEffect(() => prepare?.(), [prepare]);
  // `check` is a new function once what it needs has arrived.
  const check = state?.ready ? state.check : undefined;
  const [fetched, setFetched] = useState<OfferFetch>({ state: 'idle' });
  const live = useRef(true);
  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const url = 'url' in overlay ? overlay.url : undefined;
  const text = 'text' in overlay ? overlay.text : fetched.state === 'fetched' ? fetched.text : undefined;
  const result = useMemo(() => (text === undefined ? undefined : check?.(text, LINK_LABEL)), [check, text]);

  const busy = fetched.state === 'fetching';
  const fetchIt = useCallback(() => {
    if (url === undefined || busy) return;
    setFetched({ state: 'fetching' });
    void fetchOverlay(url).then((got) => {
      if (live.current)
        setFetched(got.ok ? { state: 'fetched', text: got.text } : { state: 'failed', failure: got.failure });
    });
  }, [url, busy]);

  return { text, fetched, result, fetch: fetchIt };
}
