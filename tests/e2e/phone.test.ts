import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { Language } from '../../src/domain/schemas';
import { messages as compareMessages } from '../../src/features/compare/messages';
import { resultsMessages } from '../../src/features/results/messages';
import { axeViolations } from './axe';
import { launch, newPage, screenshot, serveBuild, type Served } from './harness';

/**
 * Every view at 375 × 800, in every language: nothing may make the page scroll sideways. Wide
 * content is allowed only inside its own scrolling box.
 */

const kb = readKnowledge(join(process.cwd(), 'data'));
const WIDTH = 375;
const HEIGHT = 800;
const languages: Language[] = ['en', 'zh', 'ru'];
const compared = ['flannel-vxlan', 'calico-ipip', 'macvlan'];
const longestName = [...kb.options].sort((a, b) => b.name.length - a.name.length)[0];

const views: string[] = [
  '#/',
  ...kb.categories.map((c) => `#/results/${c.id}`),
  '#/compare',
  '#/cases',
  '#/cases/meizu',
  `#/options/${longestName?.id}`,
  '#/stack',
  '#/decision',
  '#/profiles',
  '#/overlay',
  '#/about',
];

const state = (language: Language) => ({
  environment: { orchestrator: 'kubernetes', cloud: 'private', bgp: false, l2: true, udpOffload: true },
  weights: { throughput: 5, networkPolicy: 3, simplicity: 2, logCollection: 4, containerMetrics: 4 },
  mustHave: ['crossHost'],
  method: 'weighted',
  compared,
  language,
  theme: 'light',
});

/**
 * Runs in the page: what sticks out past the viewport's right edge, as readable lines. An element
 * or a line of text counts unless a box that clips or scrolls (overflow other than visible) holds
 * it; for positioned elements only boxes in their containing-block chain hold them.
 */
function overflowInPage(): string[] {
  const root = document.documentElement;
  const right = root.clientWidth + 0.5 - window.scrollX;
  const found: string[] = [];
  if (root.scrollWidth > root.clientWidth)
    found.push(`the page is ${root.scrollWidth} px wide, the screen ${root.clientWidth} px`);
  const containsPositioned = (s: CSSStyleDeclaration) =>
    s.position !== 'static' || s.transform !== 'none' || s.filter !== 'none' || s.contain.includes('paint');
  const held = (element: Element): boolean => {
    let position = getComputedStyle(element).position;
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const style = getComputedStyle(box);
      const isContainer =
        position === 'absolute'
          ? containsPositioned(style)
          : position === 'fixed'
            ? style.transform !== 'none'
            : true;
      if (!isContainer) continue;
      if (style.overflowX !== 'visible') return true;
      position = style.position;
    }
    return false;
  };
  const nameOf = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}`;
  for (const element of document.querySelectorAll('body *')) {
    const box = element.getBoundingClientRect();
    if ((box.width > 0 || box.height > 0) && box.right > right && !held(element))
      found.push(`${nameOf(element)} reaches ${Math.round(box.right + window.scrollX)} px`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent?.trim()) continue;
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.right > right && getComputedStyle(parent).overflowX === 'visible' && !held(parent))
      found.push(
        `text "${node.textContent.trim().slice(0, 40)}" in ${nameOf(parent)} reaches ${Math.round(box.right + window.scrollX)} px`,
      );
  }
  return found.slice(0, 10);
}

const frames = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Opens a view and waits until it is drawn, lazily mounted parts (charts in view) included. */
async function open(page: Page, route: string): Promise<void> {
  await page.goto(`${served.url}${route}`);
  await page.waitForFunction(
    () => !!document.querySelector('main h1') && !document.querySelector('main [aria-busy="true"]'),
  );
  await page.evaluate(() => document.fonts.ready);
  // Scroll through once, so parts that mount when they come into view are measured too.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += HEIGHT) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await frames(page);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await frames(page);
}

async function expectNoSidewaysScroll(page: Page, what: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(overflowInPage), {
      timeout: 5000,
      message: `${what} sticks out at ${WIDTH} px`,
    })
    .toEqual([]);
}

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

describe.each(languages)('on a phone in %s', (language) => {
  let context: BrowserContext;
  let page: Page;
  const t = { results: resultsMessages[language], compare: compareMessages[language] };

  beforeAll(async () => {
    ({ context, page } = await newPage(browser, WIDTH, HEIGHT));
    await context.addInitScript(
      (s) => localStorage.setItem('container-stack-advisor', JSON.stringify({ state: s, version: 1 })),
      state(language),
    );
  });
  afterAll(async () => {
    await context?.close();
  });

  it.each(views)('%s does not scroll sideways', async (route) => {
    await open(page, route);
    await expectNoSidewaysScroll(page, route);
  });

  it('results: the weights start closed, and an option’s details fit the screen', async () => {
    await open(page, '#/results/networking');
    expect(await page.getByRole('slider').first().isVisible()).toBe(false);
    // Once open, a button reads "Hide details": the first "Details" is then the next option's.
    const details = page.getByRole('button', { name: new RegExp(`^${t.results.details} `) });
    for (let i = 0; i < 2; i += 1) {
      const panel = await details.first().getAttribute('aria-controls');
      await details.first().click();
      await page.locator(`[id="${panel}"] table`).waitFor();
    }
    await expectNoSidewaysScroll(page, 'results with details open');
    if (language === 'en') await screenshot(page, 'phone-results-details');
  });

  it('compare: compact by default, then full; the header row and criterion column stay in view', async () => {
    await open(page, '#/compare');
    const compact = page.getByRole('checkbox', { name: t.compare.compactMode });
    expect(await compact.isChecked()).toBe(true);
    const matrix = page.getByRole('table');
    expect(await matrix.getByRole('columnheader').count()).toBe(compared.length + 1);
    for (const mode of ['compact', 'full']) {
      if (mode === 'full') await compact.uncheck();
      if (mode === 'compact') await matrix.locator('summary', { hasText: t.compare.notes }).first().click();
      await expectNoSidewaysScroll(page, `compare (${mode})`);
      expect(await axeViolations(page), `compare (${mode})`).toEqual([]);
      // Scrolled inside its box, the first header cell still sits at the box's top-left corner.
      const stuck = await matrix.evaluate((table) => {
        const box = table.parentElement as HTMLElement;
        box.scrollTo(box.scrollWidth, 600);
        const corner = table.querySelector('thead th') as HTMLElement;
        const row = table.querySelector('tbody th[scope="row"]') as HTMLElement;
        const edge = box.getBoundingClientRect();
        return {
          scrolled: box.scrollTop > 0,
          top: Math.round(corner.getBoundingClientRect().top - edge.top - box.clientTop),
          left: Math.round(row.getBoundingClientRect().left - edge.left - box.clientLeft),
        };
      });
      expect(stuck, `compare (${mode}): sticky header and column`).toEqual({
        scrolled: true,
        top: 0,
        left: 0,
      });
      await matrix.evaluate((table) => table.parentElement?.scrollTo(0, 0));
      if (language === 'en') await screenshot(page, `phone-compare-${mode}`);
    }
  });

  // The benchmarks view belongs to another part of the app: a failure here is reported, not fixed.
  it('#/benchmarks does not scroll sideways', async () => {
    await open(page, '#/benchmarks');
    await expectNoSidewaysScroll(page, '#/benchmarks (benchmarks feature, reported to its owner)');
  });
});
