/** The address of the module a failed dynamic import names (Chromium and Firefox say it). */
export function failedModuleUrl(message: string, origin: string): string | undefined {
  const named = /(https?:\/\/[^\s"'()<>]+?\.m?js)(?=$|[\s"'()<>?#])/.exec(message)?.[1];
  if (!named) return undefined;
  const url = new URL(named);
  return url.origin === origin ? url.href : undefined;
}

let attempts = 0;

/**
 * Imports again a chunk whose import failed, or returns undefined when the failure named none.
 * A browser may keep a failed module fetch for the life of the page (Chromium does), so importing
 * the same address again fails without asking the network; the same file under a new query is a
 * new module to the browser and is fetched again.
 */
export function importAgain(message: string): Promise<{ default: unknown }> | undefined {
  if (typeof location === 'undefined') return undefined;
  const failed = failedModuleUrl(message, location.origin);
  if (!failed) return undefined;
  attempts += 1;
  const url = new URL(failed);
  url.searchParams.set('retry', String(attempts));
  return import(/* @vite-ignore */ url.href) as Promise<{ default: unknown }>;
}
