import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** The saved file of a download triggered by `click`, as bytes. */
export async function downloaded(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** The persisted store as the app wrote it. */
export const storedState = (page: Page) =>
  page.evaluate(
    () =>
      (
        JSON.parse(localStorage.getItem('container-stack-advisor') ?? '{}') as {
          state?: Record<string, unknown>;
        }
      ).state ?? {},
  );
