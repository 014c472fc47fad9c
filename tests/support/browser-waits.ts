import type { Page } from 'playwright-core';

/** Animation frames in a row without a change to the document that count as "drawn". */
const QUIET_FRAMES = 3;
/** A view still changing after this long fails the wait instead of being measured mid-change. */
const SETTLE_LIMIT_MS = 15_000;

/**
 * Waits until the current view has drawn its final state: its heading is there, nothing in the
 * main area is marked busy (the app's marker for a chunk or data still on its way), fonts and
 * images are loaded, and the document has stopped changing — a chart sized by a ResizeObserver or
 * a worker's result arriving re-renders, and shows up as a change in one of the next frames.
 */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('main [aria-busy="true"]'));
  await page.waitForFunction(
    (frames) => {
      const holder = window as unknown as {
        e2eQuiet?: { frames: number; observer: MutationObserver };
      };
      if (!holder.e2eQuiet) {
        const quiet = { frames: 0, observer: new MutationObserver(() => (quiet.frames = 0)) };
        quiet.observer.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        holder.e2eQuiet = quiet;
        return false;
      }
      const loaded = document.fonts.status === 'loaded' && [...document.images].every((img) => img.complete);
      holder.e2eQuiet.frames = loaded ? holder.e2eQuiet.frames + 1 : 0;
      if (holder.e2eQuiet.frames < frames) return false;
      holder.e2eQuiet.observer.disconnect();
      delete holder.e2eQuiet;
      return true;
    },
    QUIET_FRAMES,
    { polling: 'raf', timeout: SETTLE_LIMIT_MS },
  );
}

/**
 * Waits until the page has nothing left to run (its event loop goes idle), so whatever it was going
 * to do on its own after the last step (a retry, a prefetch) has started. Bounded: a page that
 * never goes idle is let through after a second.
 */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 })),
  );
}
