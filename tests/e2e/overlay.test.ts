import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { axeViolations } from './axe';
import { launch, newPage, screenshot, serveBuild, type Served, rankingNames } from './harness';

// Load the example overlay → see what it changes → the decision record names it → a reload keeps
// it → switched off, the base ranking is back → removed, nothing of it is stored.

const kb = readKnowledge(join(process.cwd(), 'data'));
const overlayFile = join(process.cwd(), 'examples/acme-dc.overlay.json');
const hash = createHash('sha256').update(readFileSync(overlayFile, 'utf8')).digest('hex');
const profile = JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')) as Record<string, unknown>;
const name = (id: string) => kb.optionById.get(id)?.name ?? id;

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

const firstRanked = async (page: Page): Promise<string> => {
  await page.goto(`${served.url}#/results/networking`);
  return (await rankingNames(page))[0] ?? '';
};

const openOverlay = async (page: Page) => {
  await page.goto(`${served.url}#/overlay`);
  await page.getByRole('heading', { level: 1, name: 'Your evidence' }).waitFor();
  await page.getByLabel('Overlay file (.json)').waitFor();
};

describe('a team overlay in a real browser', () => {
  it('load → what it changes → decision record → reload → off → removed', async () => {
    const { page, context } = await newPage(browser);
    await context.addInitScript(
      (state) => {
        if (!localStorage.getItem('container-stack-advisor'))
          localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 }));
      },
      {
        environment: profile.environment,
        weights: profile.weights,
        mustHave: profile.mustHave,
        compared: [],
        method: 'weighted',
        language: 'en',
        theme: 'light',
      },
    );
    await page.goto(`${served.url}#/`);
    expect(await firstRanked(page)).toBe(name('cilium'));

    await openOverlay(page);
    await page.getByLabel('Overlay file (.json)').setInputFiles(overlayFile);
    await page.getByText('Applied: the rankings, comparisons, stack and decision record use it.').waitFor();
    await page.getByText(`File acme-dc.overlay.json, SHA-256 ${hash}`).waitFor();
    const facts = page.getByRole('table', { name: /Each fact the overlay sets/ });
    await facts.getByRole('rowheader', { name: `${name('calico-bgp')}: Throughput, measured` }).waitFor();
    await facts
      .getByRole('rowheader', { name: 'acme-cni: option added' })
      .or(facts.getByRole('rowheader', { name: /option added$/ }))
      .first()
      .waitFor();
    await page
      .getByRole('heading', { name: `Networking: first place ${name('cilium')} → ${name('calico-bgp')}` })
      .waitFor();
    await screenshot(page, 'overlay-applied');
    expect(await axeViolations(page)).toEqual([]);

    // A refused overlay changes nothing: the one in use stays.
    const bad = join(tmpdir(), `bad-overlay-${Date.now()}.json`);
    writeFileSync(
      bad,
      JSON.stringify({ overlay: 1, name: 'bad', owner: 'x', options: [{ id: 'calico-bgp' }] }),
    );
    await page.getByLabel('Overlay file (.json)').setInputFiles(bad);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('This overlay was refused');
    await page.getByText(`File acme-dc.overlay.json, SHA-256 ${hash}`).waitFor();

    expect(await firstRanked(page)).toBe(name('calico-bgp'));

    await page.goto(`${served.url}#/decision`);
    await page.getByText(hash, { exact: false }).first().waitFor();

    await page.reload();
    expect(await firstRanked(page)).toBe(name('calico-bgp'));

    await openOverlay(page);
    await page.getByRole('checkbox', { name: 'Apply this overlay' }).uncheck();
    await page.getByText('Switched off: everything shows the published knowledge.').waitFor();
    expect(await firstRanked(page)).toBe(name('cilium'));

    await openOverlay(page);
    await page.getByRole('button', { name: 'Remove the overlay' }).click();
    await page.getByText('No overlay: everything shows the published knowledge.').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('container-stack-advisor-overlay'))).toBeNull();
    await context.close();
  });
});
