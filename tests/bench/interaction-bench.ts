import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs } from '../e2e/harness';
import { weightLatency } from './app-bench';

const LONG_TASK_TARGET_MS = 200;
const RUNS = 3;
// Long tasks and resource loads: the page counts as settled after this long without either.
const QUIET_MS = 1000;

interface OpenTimes {
  /** The longest main-thread task between the navigation and the page settling. */
  longest: number;
  /** The sum of all long tasks (over 50 ms) in that stretch. */
  total: number;
  /** Time until the view's first element of interest was on the page. */
  shown: number;
  /** An empty requestAnimationFrame round trip just before navigating. */
  frame: number;
}

const ms = (v: number) => `${v.toFixed(0)} ms`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** Records long tasks and the end of the latest one from the page's first script on. */
function recordLongTasks(): void {
  const w = window as unknown as { longTasks: { start: number; duration: number }[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Waits until neither a long task nor a resource load has ended for QUIET_MS (at most 30 s). */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    (quiet) => {
      const w = window as unknown as { longTasks: { start: number; duration: number }[] };
      const lastTask = Math.max(0, ...w.longTasks.map((t) => t.start + t.duration));
      const lastLoad = Math.max(
        0,
        ...performance.getEntriesByType('resource').map((r) => r.startTime + r.duration),
      );
      return performance.now() - Math.max(lastTask, lastLoad) > quiet;
    },
    QUIET_MS,
    { timeout: 30_000, polling: 100 },
  );
}

/**
 * Opens the questionnaire, lets it settle, then goes to `hash` as a click on a link would, and
 * records the main thread until the view has settled too.
 */
async function openView(
  browser: Browser,
  url: string,
  cpuSlowdown: number,
  hash: string,
  shownSelector: string,
): Promise<OpenTimes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(`${url}#/`);
  await page.locator('main h1').first().waitFor();
  await settle(page);
  const frame = await page.evaluate(() => {
    const start = performance.now();
    return new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now() - start)));
  });
  const start = await page.evaluate((to) => {
    const now = performance.now();
    window.location.hash = to;
    return now;
  }, hash);
  await page.locator(shownSelector).first().waitFor({ timeout: 60_000 });
  const shown = (await page.evaluate(() => performance.now())) - start;
  await settle(page);
  const tasks = await page.evaluate(
    () => (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks,
  );
  await context.close();
  const during = tasks.filter((t) => t.start + t.duration > start);
  return {
    longest: Math.max(0, ...during.map((t) => t.duration)),
    total: during.reduce((sum, t) => sum + t.duration, 0),
    shown,
    frame,
  };
}

/**
 * Opening #/benchmarks: the main thread's longest task and total long-task time over RUNS fresh
 * pages, next to the floor of opening an address that shows only a line of text (the not-found view).
 */
async function openingBench(browser: Browser, url: string, cpuSlowdown: number): Promise<boolean> {
  const runs: OpenTimes[] = [];
  const floors: OpenTimes[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    runs.push(await openView(browser, url, cpuSlowdown, '#/benchmarks', 'main section h2'));
    floors.push(await openView(browser, url, cpuSlowdown, '#/no-such-view', 'main h1'));
  }
  const longest = runs.map((r) => r.longest);
  const ok = median(longest) <= LONG_TASK_TARGET_MS;
  console.log(
    `opening #/benchmarks (CPU ×${cpuSlowdown}, median of ${RUNS} fresh pages [each]): ` +
      `longest task ${ms(median(longest))} [${longest.map(ms).join(', ')}], ` +
      `long tasks in total ${ms(median(runs.map((r) => r.total)))}, ` +
      `first source on the page after ${ms(median(runs.map((r) => r.shown)))}; ` +
      `floor (opening the not-found view): longest task ${ms(median(floors.map((r) => r.longest)))}, ` +
      `in total ${ms(median(floors.map((r) => r.total)))}; empty animation frame ` +
      `${median(runs.map((r) => r.frame)).toFixed(1)} ms — target: no task over ${LONG_TASK_TARGET_MS} ms: ` +
      `${ok ? 'met' : 'NOT MET'}`,
  );
  return ok;
}

/**
 * Interaction timings in headless Chromium over the built app served at `url`, as the machine is
 * and with the CPU slowed 4× (DevTools protocol): opening the benchmarks view, and a weight change
 * until the new ranking is on screen. Prints each figure with its target and floor; true if all met.
 */
export async function interactionBench(url: string): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  let ok = true;
  try {
    for (const cpuSlowdown of [1, 4]) ok = (await openingBench(browser, url, cpuSlowdown)) && ok;
  } finally {
    await browser.close();
  }
  ok = (await weightLatency(url, { cpuSlowdown: 1, targetMs: 16 })) && ok;
  ok = (await weightLatency(url, { cpuSlowdown: 4, targetMs: 50 })) && ok;
  return ok;
}
