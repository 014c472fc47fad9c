import { useCallback, useState, type RefCallback } from 'react';

/** The content width of an element, tracked with a ResizeObserver (undefined until measured, e.g. in jsdom). */
export function useElementWidth<T extends HTMLElement>(): [RefCallback<T>, number | undefined] {
  const [width, setWidth] = useState<number>();
  const ref = useCallback((element: T | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      // Whole pixels: sub-pixel changes would re-render every chart for nothing.
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
