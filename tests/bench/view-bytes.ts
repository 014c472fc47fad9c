import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { encodeShare } from '../../src/domain/profile/share-link';
import { profileSchema } from '../../src/domain/schemas';

/** A view opened cold (empty cache), and what must be on screen for it to count as usable. */
export interface ViewBudget {
  name: string;
  hash: string;
  budgetKb: number;
  /** Persisted app state put in localStorage first (user input, not cached files). */
  state?: Record<string, unknown>;
  /** Waits until the view is usable. */
  ready: (page: Page) => Promise<unknown>;
}

const networkingShare = encodeShare({
  profile: profileSchema.parse({
    version: 1,
    environment: { orchestrator: 'kubernetes', cloud: 'private', l2: true, bgp: false },
    weights: { throughput: 5, networkPolicy: 3, simplicity: 2 },
    mustHave: ['crossHost'],
  }),
  method: 'weighted',
  compared: [],
});

const visible = (page: Page, selector: string) => page.locator(selector).first().waitFor();
const settled = async (page: Page) => {
  await visible(page, 'main h1');
  await page.waitForFunction(() => document.querySelector('main [aria-busy="true"]') === null);
};

export const viewBudgets: readonly ViewBudget[] = [
  {
    name: 'questionnaire #/',
    hash: '#/',
    budgetKb: 150,
    ready: async (page) => {
      await settled(page);
      await visible(page, 'main button:has-text("Apply")');
    },
  },
  {
    name: 'share link #/results/networking',
    hash: `#/results/networking?s=${networkingShare}`,
    budgetKb: 180,
    // The ranking is usable as soon as it shows; rank acceptability follows from a worker.
    ready: async (page) => {
      await visible(page, 'main h1');
      await visible(page, 'main li.results-option');
    },
  },
  {
    name: 'compare (3 options) #/compare',
    hash: '#/compare',
    budgetKb: 280,
    state: {
      environment: {},
      weights: { throughput: 5, networkPolicy: 3, simplicity: 2 },
      mustHave: [],
      method: 'weighted',
      compared: ['calico-bgp', 'flannel-vxlan', 'macvlan'],
      language: 'en',
      theme: 'light',
    },
    // The matrix is the view; the chart below it loads when scrolled to.
    ready: async (page) => {
      await visible(page, 'main h1');
      await visible(page, 'main table');
    },
  },
  {
    name: 'benchmarks #/benchmarks',
    hash: '#/benchmarks',
    budgetKb: 280,
    ready: async (page) => {
      await settled(page);
      await visible(page, 'main section h2');
    },
  },
];

export const STRETCH_KB = 120;

export interface ViewBytes {
  name: string;
  budgetKb: number;
  gzipKb: number;
  files: { file: string; gzip: number }[];
}

const countable = /\.(js|css|json)$/;

/** Gzip bytes of the JS, CSS and JSON a cold browser fetched from `outDir` until the view was usable. */
export async function measureViewBytes(
  browser: Browser,
  url: string,
  outDir: string,
  view: ViewBudget,
): Promise<ViewBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (view.state) {
    await context.addInitScript((state) => {
      localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 }));
    }, view.state);
  }
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${url}${view.hash}`);
  await view.ready(page);
  const fetched = [...new Set(requested)].filter((p) => countable.test(p));
  await context.close();
  const files = fetched.map((path) => {
    const full = join(outDir, path);
    const gzip = existsSync(full) ? gzipSync(readFileSync(full), { level: 9 }).length : 0;
    return { file: path.replace(/^\//, ''), gzip };
  });
  const gzipKb = files.reduce((sum, f) => sum + f.gzip, 0) / 1024;
  return { name: view.name, budgetKb: view.budgetKb, gzipKb, files };
}
