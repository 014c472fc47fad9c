import { useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

export interface Route {
  /** Path segments after "#/", e.g. ["results", "networking"]; a segment that cannot be decoded stays as written. */
  path: string[];
  query: URLSearchParams;
  /** A path segment is not valid percent-encoding (`%zz`, a cut-off `%E0%A4`): the link is damaged. */
  damaged: boolean;
}

const decodeSegment = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/** Total: every string gives a route, a malformed escape a damaged one; it never throws. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const mark = raw.indexOf('?');
  const pathPart = mark < 0 ? raw : raw.slice(0, mark);
  let damaged = false;
  const path = pathPart
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const decoded = decodeSegment(segment);
      if (decoded === undefined) damaged = true;
      return decoded ?? segment;
    });
  // URLSearchParams decodes leniently (a bad escape stays as written), so the query never throws.
  return { path, query: new URLSearchParams(mark < 0 ? '' : raw.slice(mark + 1)), damaged };
}

export function buildHash(path: readonly string[], query?: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== '') params.set(k, v);
  const q = params.toString();
  return `#/${path.map(encodeURIComponent).join('/')}${q ? `?${q}` : ''}`;
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The current hash route; re-renders on navigation. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseHash(hash);
}

export function navigate(hash: string): void {
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** Replaces the current URL without a history entry (e.g. after consuming a share token). */
export function replaceHash(hash: string): void {
  window.history.replaceState(null, '', hash);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An in-app link: a plain anchor to a hash route, so it works with keyboard, middle-click and copy. */
export function Link({ to, ...rest }: LinkProps) {
  return <a href={to} {...rest} />;
}
