import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const chunk = /\/assets\/about-view-[^/]*\.js$/;
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
    // The chunk is asked for by its preload hint and by the import itself; then nothing more.
    await page.waitForTimeout(300);
    const first = requests;
    expect(first).toBeGreaterThan(0);
    await page.waitForTimeout(300);
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
    const { page, close } = await open();
    let requests = 0;
    const chunk = /\/assets\/[^/]*knowledge-full[^/]*\.js$/;
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
