import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { encodeShare } from '../../src/domain/profile';
import { profileSchema } from '../../src/domain/schemas';
import { launch, newPage, screenshot, screenshotDir, serveBuild, type Served, rankingNames } from './harness';

// A share link names the example overlay by address: the recipient fetches and checks it, sees
// who wrote it and its hash, uses it, and the networking ranking changes as the overlay says.

const kb = readKnowledge(join(process.cwd(), 'data'));
const overlayText = readFileSync(join(process.cwd(), 'examples/acme-dc.overlay.json'), 'utf8');
const hash = createHash('sha256').update(overlayText).digest('hex');
const profile = profileSchema.parse(JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')));
const name = (id: string) => kb.optionById.get(id)?.name ?? id;

let served: Served;
let browser: Browser;
let overlayServer: Server;
let overlayUrl: string;
const requests: { origin: string | undefined; cookie: string | undefined }[] = [];

beforeAll(async () => {
  // The team's file on another origin (another port), readable cross-origin as a team would publish it.
  overlayServer = createServer((req, res) => {
    requests.push({ origin: req.headers.origin, cookie: req.headers.cookie });
    if (req.url !== '/acme-dc.overlay.json') {
      res.writeHead(404, { 'Access-Control-Allow-Origin': '*' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' })
      .end(overlayText);
  });
  await new Promise<void>((resolve) => overlayServer.listen(0, '127.0.0.1', resolve));
  const { port } = overlayServer.address() as AddressInfo;
  overlayUrl = `http://127.0.0.1:${port}/acme-dc.overlay.json`;
  served = await serveBuild();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
  await new Promise((resolve) => overlayServer?.close(resolve));
});

const firstRanked = async (page: Page): Promise<string> => {
  return (await rankingNames(page))[0] ?? '';
};

describe('a share link naming a team overlay by address, in a real browser', () => {
  it('fetch and check → name and hash shown → use it → the ranking follows the overlay', async () => {
    const { page, context } = await newPage(browser);
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to connect/i.test(m.text())) violations.push(m.text());
    });
    const token = encodeShare({ profile, method: 'weighted', compared: [], overlay: { url: overlayUrl } });
    await page.goto(`${served.url}#/results/networking?s=${token}`);

    const prompt = page.getByRole('dialog', { name: 'This link also carries a knowledge overlay' });
    await prompt.waitFor();
    await prompt.getByText(overlayUrl).waitFor();
    expect(requests).toHaveLength(0);
    // The link's profile is already in use; the overlay is not.
    expect(await firstRanked(page)).toBe(name('cilium'));

    await prompt.getByRole('button', { name: 'Fetch and check' }).click();
    await prompt.getByText('Checked: it fits this knowledge base.').waitFor();
    await prompt.getByText('“acme-dc” by Acme platform team <platform@acme.example>').waitFor();
    await prompt.getByText(`SHA-256 ${hash}`, { exact: false }).waitFor();
    expect(requests).toEqual([{ origin: new URL(served.url).origin, cookie: undefined }]);
    await screenshot(page, 'share-link-overlay-prompt');
    await prompt.screenshot({ path: `${screenshotDir}/share-link-overlay-dialog.png` });
    expect(await firstRanked(page)).toBe(name('cilium'));

    await prompt.getByRole('button', { name: 'Use this overlay' }).click();
    await prompt.waitFor({ state: 'detached' });
    await expect.poll(() => firstRanked(page)).toBe(name('calico-bgp'));
    expect(name('calico-bgp')).toBe('Calico (BGP, no encapsulation)');

    await page.goto(`${served.url}#/overlay`);
    await page.getByText(`File ${overlayUrl}, SHA-256 ${hash}`).waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });

  it('changes nothing when the address does not answer with an overlay', async () => {
    const { page, context } = await newPage(browser);
    const token = encodeShare({
      profile,
      method: 'weighted',
      compared: [],
      overlay: { url: overlayUrl.replace('acme-dc', 'missing') },
    });
    await page.goto(`${served.url}#/results/networking?s=${token}`);
    const prompt = page.getByRole('dialog', { name: 'This link also carries a knowledge overlay' });
    await prompt.getByRole('button', { name: 'Fetch and check' }).click();
    await prompt
      .getByRole('alert')
      .getByText(/the server answered with status 404/)
      .waitFor();
    expect(await prompt.getByRole('button', { name: 'Use this overlay' }).count()).toBe(0);
    await prompt.getByRole('button', { name: 'Ignore the overlay' }).click();
    await prompt.waitFor({ state: 'detached' });
    expect(await firstRanked(page)).toBe(name('cilium'));
    expect(await page.evaluate(() => localStorage.getItem('container-stack-advisor-overlay'))).toBeNull();
    await context.close();
  });
});
