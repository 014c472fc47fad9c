import { useCallback, useState, type RefCallback } from 'react';

/**
 * True once the element has come within `margin` of the viewport, and from then on. Without
 * IntersectionObserver (jsdom, old browsers) everything counts as in view, so nothing stays hidden.
 */
export function useInView<T extends Element>(margin = '300px'): [RefCallback<T>, boolean] {
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  const ref = useCallback(
    (element: T | null) => {
      if (!element || typeof IntersectionObserver === 'undefined') return undefined;
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          setInView(true);
          observer.disconnect();
        },
        { rootMargin: `${margin} 0px` },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [margin],
  );
  return [ref, inView];
}
