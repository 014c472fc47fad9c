import { OVERLAY_MAX_BYTES } from '@/domain/overlay/limits';
import { overlayUrlProblem } from '@/domain/profile';

/** The most bytes read from an overlay's address, as from an overlay file. */
export const MAX_OVERLAY_BYTES = OVERLAY_MAX_BYTES;

/** How long fetching an overlay may take before it is given up. */
export const OVERLAY_FETCH_TIMEOUT_MS = 10_000;

/** Why an overlay could not be fetched; the caller words it. */
export type FetchFailure =
  | { kind: 'refused'; problem: string }
  | { kind: 'status'; status: number }
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'timeout' }
  | { kind: 'notText' }
  | { kind: 'unreachable' };

export type FetchedOverlay = { ok: true; text: string } | { ok: false; failure: FetchFailure };

class TooLarge extends Error {
  readonly bytes: number;
  constructor(bytes: number) {
    super('too large');
    this.bytes = bytes;
  }
}

/** The body's bytes, refused as soon as they pass the limit (a missing or false Content-Length cannot lift it). */
async function readBounded(response: Response, limit: number): Promise<Uint8Array> {
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > limit) throw new TooLarge(bytes.length);
    return bytes;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(length);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/**
 * Fetches an overlay's text from where its team publishes it: no cookies or credentials sent, no
 * redirects followed, at most `limit` bytes, given up after `timeoutMs`. The text is only returned;
 * it is parsed as JSON and checked like any overlay file, never run.
 */
export async function fetchOverlay(
  url: string,
  { timeoutMs = OVERLAY_FETCH_TIMEOUT_MS, limit = MAX_OVERLAY_BYTES } = {},
): Promise<FetchedOverlay> {
  const problem = overlayUrlProblem(url);
  if (problem !== undefined) return { ok: false, failure: { kind: 'refused', problem } };
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await fetch(url, {
      credentials: 'omit',
      redirect: 'error',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: { kind: 'status', status: response.status } };
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (Number.isFinite(declared) && declared > limit) {
      await response.body?.cancel().catch(() => undefined);
      return { ok: false, failure: { kind: 'tooLarge', bytes: declared } };
    }
    const bytes = await readBounded(response, limit);
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      return { ok: false, failure: { kind: 'notText' } };
    }
  } catch (error) {
    if (error instanceof TooLarge) return { ok: false, failure: { kind: 'tooLarge', bytes: error.bytes } };
    return { ok: false, failure: timedOut ? { kind: 'timeout' } : { kind: 'unreachable' } };
  } finally {
    clearTimeout(timer);
  }
}
