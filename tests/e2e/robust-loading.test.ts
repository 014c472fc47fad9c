import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle } from '../support/browser-waits';
import { launch, newPage, screenshot, serveBuild, type Served } from './harness';

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

/** A page that records uncaught errors, as a blank app would raise them. */
async function open(): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const { page, context } = await newPage(browser);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors, close: () => context.close() };
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Not blank: the navigation, a heading and some text in the main area. */
async function expectUsable(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'About the data' })
    .waitFor();
  await page.locator('main h1').first().waitFor();
  expect((await page.locator('main').innerText()).trim().length).toBeGreaterThan(10);
}

describe('the app never goes blank in a real browser', () => {
  it('shows a damaged link as such and recovers on the next address, with no uncaught error', async () => {
    const { page, errors, close } = await open();
    const malformed = [
      '#/options/%E0%A4%A',
      '#/%zz',
      '#/results/networking%',
      '#/cases/%',
      '#/results/%ZZ?s=%',
      '#/%ED%A0%80/%C0%AF',
    ];
    await page.goto(`${served.url}${malformed[0]}`);
    await heading(page, 'This link is damaged.').waitFor();
    await screenshot(page, 'damaged-link');
    for (const hash of malformed) {
      await page.evaluate((h) => {
        window.location.hash = h;
      }, hash);
      await expectUsable(page);
      await page.evaluate(() => {
        window.location.hash = '#/about';
      });
      await heading(page, 'About the data').waitFor();
    }
    // A fresh load of a damaged address, then the navigation.
    await page.goto(`${served.url}#/%zz`);
    await heading(page, 'This link is damaged.').waitFor();
    await page.getByRole('link', { name: 'Case studies' }).click();
    await heading(page, 'Case studies').waitFor();
    expect(errors).toEqual([]);
    await close();
  });

  it('reports a view chunk that fails to load, and Retry loads it once the network is back', async () => {
    const { page, close } = await open();
    await page.goto(`${served.url}#/`);
    await heading(page, 'Describe your environment and needs').waitFor();
    let requests = 0;
    // A retry may ask for the same file under a new query (see src/app/import-again.ts).
    const chunk = /\/assets\/about-view-[^/?]*\.js(\?.*)?$/;
    await page.route(chunk, (route) => {
      requests += 1;
      return route.abort();
    });
    await page.getByRole('link', { name: 'About the data' }).click();
    const alert = page.getByRole('alert');
    await heading(page, 'This view failed to display.').waitFor();
    expect(await alert.innerText()).toMatch(/about-view/);
    await expectUsable(page);
    await screenshot(page, 'view-chunk-failed');
    // The chunk is asked for by its preload hint and by the import itself (the hint is added first,
    // and the import's failure is what shows the alert); then nothing more, even once the page has
    // gone idle and anything it scheduled on its own has started.
    await idle(page);
    const first = requests;
    expect(first).toBeGreaterThan(0);
    await idle(page);
    expect(requests).toBe(first);

    // Still down: Retry asks again and reports again.
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => requests).toBeGreaterThan(first);
    await alert.getByRole('button', { name: 'Retry' }).waitFor();

    await page.unroute(chunk);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await heading(page, 'About the data').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await close();
  });

  it('reports a knowledge chunk that fails to load, and Retry loads it once the network is back', async () => {
    // The scoring part is what every view past the questionnaire needs.
    const { page, close } = await open();
    let requests = 0;
    const chunk = /\/assets\/knowledge-scoring-[^/?]*\.js(\?.*)?$/;
    await page.route(chunk, (route) => {
      requests += 1;
      return route.abort();
    });
    await page.goto(`${served.url}#/about`);
    await heading(page, 'The knowledge base could not be loaded.').waitFor();
    const footer = page.getByRole('contentinfo');
    expect(await footer.innerText()).toBe('The knowledge base is not loaded.');
    await expectUsable(page);
    await screenshot(page, 'knowledge-chunk-failed');
    expect(requests).toBeGreaterThan(0);

    await page.unroute(chunk);
    await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await heading(page, 'About the data').waitFor();
    expect(await footer.innerText()).toMatch(/^Knowledge as of \d{4}-\d{2}: \d+ options, \d+ sources\.$/);
    await close();
  });
});

describe('one language at a time', () => {
  it('switches the text without reloading the page, fetching only that language, and keeps it on reload', async () => {
    const { page, errors, close } = await open();
    const texts: string[] = [];
    page.on('request', (r) => {
      const part = /knowledge-text-(en|zh|ru)-/.exec(r.url());
      if (part?.[1]) texts.push(part[1]);
    });
    await page.goto(`${served.url}#/results/networking`);
    await heading(page, /networking/i).waitFor();
    await page.locator('main li.results-option').first().waitFor();
    expect(new Set(texts)).toEqual(new Set(['en']));
    // A marker on the window survives only if the page is not reloaded.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));

    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await heading(page, /网络/).waitFor();
    await page.getByRole('button', { name: /^详情/ }).first().waitFor();
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(new Set(texts)).toEqual(new Set(['en', 'zh']));

    await page.reload();
    await heading(page, /网络/).waitFor();
    expect(texts.includes('ru')).toBe(false);
    expect(errors).toEqual([]);
    await close();
  });
});
