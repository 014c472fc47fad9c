import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { measureViewBytes, viewBudgets } from '../bench/view-bytes';
import { launch, serveBuild, type Served } from './harness';

let served: Served;
let browser: Browser;

beforeAll(async () => {
  served = await serveBuild();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

describe('bytes a cold browser loads until a view is usable (gzip of JS, CSS and JSON)', () => {
  it.each(viewBudgets.map((v) => [v.name, v] as const))('%s stays within its budget', async (_name, view) => {
    const measured = await measureViewBytes(browser, served.url, served.outDir, view);
    const listing = measured.files.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} KB`).join('\n');
    expect(measured.gzipKb, `${view.name}: ${measured.gzipKb.toFixed(1)} KB\n${listing}`).toBeLessThanOrEqual(
      view.budgetKb,
    );
    // Only one language's text is ever fetched, and never the whole knowledge base at once.
    expect(measured.files.some((f) => /knowledge-text-(zh|ru)-/.test(f.file))).toBe(false);
    expect(measured.files.some((f) => /knowledge-quotes-/.test(f.file))).toBe(false);
  });
});
