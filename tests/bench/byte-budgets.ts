import { chromium } from 'playwright-core';
import { chromiumArgs } from '../e2e/harness';
import { measureViewBytes, STRETCH_KB, viewBudgets } from './view-bytes';

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Prints, per view, the gzip bytes a cold browser loads until the view is usable, against its budget. */
export async function byteBudgets(url: string, outDir: string, verbose = false): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  let ok = true;
  try {
    for (const view of viewBudgets) {
      const measured = await measureViewBytes(browser, url, outDir, view);
      const met = measured.gzipKb <= view.budgetKb;
      ok &&= met;
      const stretch =
        view.hash === '#/'
          ? `; stretch ${STRETCH_KB} KB: ${measured.gzipKb <= STRETCH_KB ? 'met' : 'NOT MET'}`
          : '';
      console.log(
        `bytes until usable, ${view.name.padEnd(34)}: ${measured.gzipKb.toFixed(1).padStart(6)} KB gzip (JS+CSS+JSON, cold) — budget ${view.budgetKb} KB: ${met ? 'met' : 'NOT MET'}${stretch}`,
      );
      if (verbose)
        for (const f of measured.files) console.log(`    ${f.file.padEnd(60)} ${kb(f.gzip).padStart(6)} KB`);
    }
  } finally {
    await browser.close();
  }
  return ok;
}
