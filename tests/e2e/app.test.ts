import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { rank, sameScore } from '../../src/domain/scoring';
import { nearMisses, rankAcceptability, stability } from '../../src/domain/sensitivity';
import { composeStack } from '../../src/domain/stack';
import { shareText, weightText } from '../../src/features/results/share-text';
import { profileSchema } from '../../src/domain/schemas';
import { settled } from '../support/browser-waits';
import { axeViolations } from './axe';
import { downloaded, storedState } from './decision-path';
import { launch, newPage, rankingNames, screenshot, serveBuild, type Served } from './harness';

const kb = readKnowledge(join(process.cwd(), 'data'));
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

const storedProfile = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('container-stack-advisor');
    const state = raw ? (JSON.parse(raw) as { state: Record<string, unknown> }).state : {};
    return { environment: state.environment, weights: state.weights, mustHave: state.mustHave };
  });

const engineNames = (profile: unknown) =>
  rank(kb, profileSchema.parse({ version: 1, ...(profile as object) }), {
    category: 'networking',
    method: 'weighted',
  }).ranking.map((o) => o.name);

describe('the advisor in a real browser', () => {
  it('preset → results → drag a weight → compare three → share link → same ranking elsewhere', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${served.url}#/results/networking`);
    const before = await rankingNames(page);

    await page.goto(`${served.url}#/`);
    const preset = kb.presets.find((p) => p.id === 'public-cloud-no-bgp');
    await page.getByRole('button', { name: `Apply ${preset?.name.en}` }).click();
    await page.getByRole('link', { name: 'Results' }).click();
    const afterPreset = await rankingNames(page);
    expect(afterPreset).not.toEqual(before);
    expect(afterPreset).toEqual(engineNames(preset?.profile));
    await expect
      .poll(() => page.getByText('L2 access you control: no, needs yes').count())
      .toBeGreaterThan(0);

    // Drag to 0, with the mouse, the slider of a weight whose removal changes the ranking.
    const presetWeights = (preset?.profile.weights ?? {}) as Record<string, number>;
    const decisive = Object.keys(presetWeights).find(
      (id) =>
        (presetWeights[id] ?? 0) > 0 &&
        JSON.stringify(engineNames({ ...preset?.profile, weights: { ...presetWeights, [id]: 0 } })) !==
          JSON.stringify(afterPreset),
    );
    const criterion = kb.criterionById.get(decisive ?? '');
    if (!criterion) throw new Error('no weight of the preset changes its ranking');
    const slider = page.getByRole('slider', { name: criterion.name.en, exact: true });
    await slider.scrollIntoViewIfNeeded();
    const box = await slider.boundingBox();
    if (!box) throw new Error('no slider');
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const dragged = await storedProfile(page);
    expect((dragged.weights as Record<string, number>)[criterion.id] ?? 0).toBe(0);
    const afterDrag = await rankingNames(page);
    expect(afterDrag).toEqual(engineNames(dragged));
    expect(afterDrag).not.toEqual(afterPreset);
    await screenshot(page, 'flow-results-after-drag');

    await page.getByRole('button', { name: 'Compare top 3' }).click();
    await page.waitForURL(/#\/compare/);
    const headers = page.locator('table thead th[scope="col"]');
    await headers.first().waitFor();
    for (const name of afterDrag.slice(0, 3))
      await expect.poll(() => headers.filter({ hasText: name }).count()).toBe(1);
    await screenshot(page, 'flow-compare');

    await page.getByRole('link', { name: 'Keep & share' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByText('Copied').count()).toBeGreaterThan(0);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#\/results\/networking\?s=1\./);

    // A fresh browser profile: nothing stored, only the link.
    const other = await newPage(browser);
    await other.page.goto(link);
    await other.page.getByText('The shared profile was loaded.').waitFor();
    expect(await rankingNames(other.page)).toEqual(afterDrag);
    await other.context.close();
    await context.close();
  });

  it('refuses a broken import and a tampered link without touching the profile', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${served.url}#/`);
    await page.getByRole('button', { name: /^Apply Private data centre with L2/ }).click();
    const before = await storedProfile(page);

    await page.getByRole('link', { name: 'Keep & share' }).click();
    const broken = join(tmpdir(), `broken-profile-${Date.now()}.json`);
    writeFileSync(broken, '{"version": 1, "weights": {"throughput": 9, "speed": 2}}');
    await page.getByLabel('Profile file (.json)').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('weights.throughput');
    expect(await alert.textContent()).toContain('weights.speed');
    expect(await storedProfile(page)).toEqual(before);
    await screenshot(page, 'flow-import-refused');

    await page.goto(`${served.url}#/results/networking?s=1.eyJwcm9maWxlIjp7InZlcnNpb24iOjE`);
    await expect.poll(() => page.getByText('This share link is damaged or not valid').count()).toBe(1);
    expect(await storedProfile(page)).toEqual(before);
    await context.close();
  });

  it('switches language and remembers it after a reload', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${served.url}#/`);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
    await page.getByRole('link', { name: '业界案例' }).waitFor();
    await page.reload();
    await page.getByRole('link', { name: '业界案例' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page.getByRole('combobox', { name: '语言' }).selectOption('ru');
    await page.getByRole('link', { name: 'Кейсы компаний' }).waitFor();
    await context.close();
  });
});

const views: [string, string][] = [
  ['questionnaire', '#/'],
  ['stack', '#/stack'],
  ['results', '#/results/networking'],
  ['results-logging', '#/results/logging'],
  ['compare', '#/compare'],
  ['benchmarks', '#/benchmarks'],
  ['case-studies', '#/cases'],
  ['case-study', '#/cases/meizu'],
  ['option', '#/options/flannel-vxlan'],
  ['decision', '#/decision'],
  ['profiles', '#/profiles'],
  ['overlay', '#/overlay'],
  ['about', '#/about'],
];

const seeded = {
  environment: { orchestrator: 'kubernetes', cloud: 'private', bgp: false, l2: true, udpOffload: true },
  weights: { throughput: 5, networkPolicy: 3, simplicity: 2, logCollection: 4, containerMetrics: 4 },
  mustHave: ['crossHost'],
  method: 'weighted',
  compared: ['flannel-vxlan', 'calico-ipip', 'macvlan'],
  language: 'en',
  theme: 'light',
};

describe('how sure the answer is, in a real browser', () => {
  const state = (profile: Record<string, unknown>) => ({
    environment: { orchestrator: 'kubernetes', cloud: 'private', bgp: false, l2: true },
    weights: {},
    mustHave: [],
    method: 'weighted',
    compared: [],
    language: 'en',
    theme: 'light',
    ...profile,
  });
  const open = async (profile: Record<string, unknown>) => {
    const { page, context } = await newPage(browser);
    await context.addInitScript(
      (s) => localStorage.setItem('container-stack-advisor', JSON.stringify({ state: s, version: 1 })),
      state(profile),
    );
    await page.goto(`${served.url}#/results/networking`);
    return { page, context };
  };
  const engineProfile = (profile: Record<string, unknown>) => {
    const { environment, weights, mustHave } = state(profile);
    return profileSchema.parse({ version: 1, environment, weights, mustHave });
  };
  const engineRanking = (profile: Record<string, unknown>) =>
    rank(kb, engineProfile(profile), { category: 'networking', method: 'weighted' });

  it('shows the winner share from the worker, the stability and the near misses', async () => {
    const profile = {
      weights: { legacyInterop: 5, throughput: 3, simplicity: 2 },
      mustHave: ['networkPolicy'],
    };
    const { page, context } = await open(profile);
    const ranking = engineRanking(profile);
    const smaa = rankAcceptability(ranking);
    const panel = page.getByRole('region', { name: 'How sure is this?' });
    const share = shareText(smaa.options[0]?.ranks[0] ?? 0);
    await panel.getByText(`${ranking.ranking[0]?.name} is first in ${share} of plausible cases.`).waitFor();
    const flip = stability(ranking).find((s) => s.flipsTo !== null);
    if (flip) {
      await expect
        .poll(() => panel.getByRole('region', { name: 'What would change the winner' }).textContent())
        .toContain(`stays first from ${weightText(flip.holdsFrom)} to ${weightText(flip.holdsTo)}`);
    }
    const miss = nearMisses(kb, engineProfile(profile), ranking)[0];
    const link = panel.getByRole('region', { name: 'Near misses' }).getByRole('link').first();
    expect(await link.textContent()).toContain(`would be #${miss?.wouldRank}`);
    await screenshot(page, 'results-confidence');
    await link.click();
    await page.waitForURL(new RegExp(`#/options/${miss?.id}`));
    await context.close();
  });

  it('marks a tie at the top and orders the tied options by id', async () => {
    const profile = { weights: { crossHost: 5 } };
    const { page, context } = await open(profile);
    const ranking = engineRanking(profile);
    const top = ranking.ranking.filter((o) => sameScore(o.score, ranking.ranking[0]?.score ?? NaN));
    expect(top.length).toBeGreaterThan(1);
    const names = await rankingNames(page);
    expect(names.slice(0, top.length)).toEqual(top.map((o) => o.name));
    await page
      .getByRole('region', { name: 'How sure is this?' })
      .getByText(/are tied: exactly the same score/)
      .waitFor();
    const first = page.getByRole('region', { name: 'Ranking' }).locator('ol > li').first();
    expect(await first.locator('.results-tie').textContent()).toMatch(/^tie same score as /);
    await context.close();
  });

  it('brings archived projects back with the lifecycle toggle', async () => {
    const { page, context } = await open({ weights: { throughput: 5 } });
    const weave = kb.optionById.get('weave-sleeve')?.name ?? '';
    expect(await rankingNames(page)).not.toContain(weave);
    await page.getByRole('checkbox', { name: 'Include archived, retired and removed projects' }).check();
    await expect.poll(() => rankingNames(page)).toContain(weave);
    await context.close();
  });
});

describe('the stack in a real browser', () => {
  it('shows one pick per layer, keeps a chosen alternative and re-optimises the rest', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${served.url}#/`);
    const preset = kb.presets.find((p) => p.id === 'swarm-shop');
    await page.getByRole('button', { name: `Apply ${preset?.name.en}` }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Stack' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your stack' }).waitFor();
    const outcome = composeStack(kb, profileSchema.parse(preset?.profile), 'weighted');
    if (!outcome.ok) throw new Error('no stack for the preset');
    const layers = page.locator('.stack-layers > li');
    // The heading shows while the knowledge the stack needs is still arriving.
    await layers.first().waitFor();
    expect(await layers.count()).toBe(outcome.stack.picks.length);
    const networking = outcome.stack.picks.find((p) => p.category === 'networking');
    const alternative = networking?.alternatives[0];
    const name = kb.optionById.get(alternative?.id ?? '')?.name ?? '?';
    await page.getByRole('button', { name: `Choose ${name}` }).click();
    const layer = page.getByRole('listitem', { name: 'Networking' });
    await expect.poll(() => layer.textContent()).toContain('your choice');
    expect(await layer.getByRole('link').first().textContent()).toBe(name);
    const stored = await page.evaluate(() =>
      JSON.parse(localStorage.getItem('container-stack-advisor') ?? '{}'),
    );
    expect(stored.state.choices.networking).toBe(alternative?.id);
    await screenshot(page, 'stack-chosen');
    await context.close();
  });
});

describe('from the questionnaire to a signed, shared decision', () => {
  it('questionnaire → stack → pin → diagram download → record with own choice and rationale → share → compare elsewhere', async () => {
    const { page, context } = await newPage(browser);
    await page.goto(`${served.url}#/`);
    const preset = kb.presets.find((p) => p.id === 'private-dc-l2');
    await page.getByRole('button', { name: `Apply ${preset?.name.en}` }).click();
    await page.getByRole('link', { name: 'See your stack' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Your stack' }).waitFor();

    // Pin the networking layer to its best alternative.
    const profile = profileSchema.parse(preset?.profile);
    const outcome = composeStack(kb, profile, 'weighted');
    if (!outcome.ok) throw new Error('no stack for the preset');
    const alternative = outcome.stack.picks.find((p) => p.category === 'networking')?.alternatives[0];
    const pinned = kb.optionById.get(alternative?.id ?? '')?.name ?? '?';
    await page.getByRole('button', { name: `Choose ${pinned}` }).click();
    const networkLayer = page.getByRole('listitem', { name: 'Networking' });
    await expect.poll(() => networkLayer.textContent()).toContain('your choice');

    // The diagram shows the pin and downloads as SVG and PNG.
    const architecture = page.getByRole('region', { name: 'Architecture' });
    await expect
      .poll(() => architecture.getByRole('img', { name: 'Your stack' }).textContent())
      .toContain(pinned);
    const svg = await downloaded(page, () =>
      architecture.getByRole('button', { name: 'Download SVG' }).click(),
    );
    expect(svg.name).toBe('stack-architecture.svg');
    expect(svg.bytes.toString('utf8')).toContain(pinned.replace(/&/g, '&#38;'));
    const png = await downloaded(page, () =>
      architecture.getByRole('button', { name: 'Download PNG' }).click(),
    );
    expect(png.name).toBe('stack-architecture.png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await architecture.getByRole('combobox', { name: 'Compare with a company' }).selectOption('pptv');
    await expect.poll(() => architecture.getByRole('img').count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'stack-compare-pptv');

    // The record: the pinned network, our own rationale, accepted.
    await page.getByRole('navigation').getByRole('link', { name: 'Keep & share' }).click();
    const networking = page.getByRole('group', { name: 'Networking' });
    const rationale = 'Legacy hosts reach pods <b>directly</b> | no NAT\n# not a heading';
    await networking.getByRole('textbox', { name: 'Rationale: why this option' }).fill(rationale);
    await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Accepted' });
    const preview = page.getByRole('region', { name: 'Preview of the decision record' });
    await expect
      .poll(() => preview.textContent())
      .toContain('Legacy hosts reach pods <b>directly</b> | no NAT');
    expect(await preview.locator('b').count()).toBe(0);
    const record = await downloaded(page, () =>
      page.getByRole('button', { name: 'Download decision record (.md)' }).click(),
    );
    const markdown = record.bytes.toString('utf8');
    expect(markdown).toContain('Legacy hosts reach pods \\<b\\>directly\\</b\\> \\| no NAT');
    expect(markdown).not.toMatch(/^# not a heading/m);
    expect(markdown).toContain('decision-record.svg');
    await screenshot(page, 'decision-record');

    // Share, then open the link where another profile already exists, and compare.
    const link = await page.getByRole('textbox', { name: 'Link to share' }).inputValue();
    const elsewhere = await newPage(browser);
    const theirs = kb.presets.find((p) => p.id === 'public-cloud-no-bgp')?.profile;
    await elsewhere.context.addInitScript(
      (state) => localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 })),
      { ...seeded, environment: theirs?.environment, weights: theirs?.weights, mustHave: theirs?.mustHave },
    );
    await elsewhere.page.goto(link);
    const dialog = elsewhere.page.getByRole('dialog', { name: 'This link carries a different profile' });
    await dialog.getByRole('button', { name: 'Compare the two' }).click();
    await elsewhere.page.getByRole('heading', { level: 1, name: 'Two profiles side by side' }).waitFor();
    expect((await storedState(elsewhere.page)).environment).toEqual(theirs?.environment);
    const answers = elsewhere.page.getByRole('table', { name: 'Where the answers differ' });
    await expect.poll(() => answers.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await axeViolations(elsewhere.page)).toEqual([]);
    await screenshot(elsewhere.page, 'profiles-compare');
    await elsewhere.context.close();
    await context.close();
  });
});

describe('the architecture diagrams on a phone', () => {
  it.each<[string, string]>([
    ['light', 'meizu'],
    ['dark', 'ctrip'],
  ])('%s: my stack beside %s scrolls inside its own box, no axe violations', async (theme, company) => {
    const { page, context } = await newPage(browser, 375, 800);
    await context.addInitScript(
      (state) => localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 })),
      { ...seeded, theme },
    );
    await page.goto(`${served.url}#/stack`);
    const architecture = page.getByRole('region', { name: 'Architecture' });
    await architecture.getByRole('combobox', { name: 'Compare with a company' }).selectOption(company);
    await expect.poll(() => architecture.getByRole('img').count()).toBe(2);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = page.locator('.architecture-diagram-scroll').first();
    expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `stack-compare-phone-${theme}`);
    await context.close();
  });
});

describe.each<[string, number, string]>([
  ['desktop', 1280, 'light'],
  ['phone', 375, 'light'],
  ['desktop dark', 1280, 'dark'],
])('every view on %s', (label, width, theme) => {
  it.each(views)('%s has no axe violations', async (name, route) => {
    const { page, context } = await newPage(browser, width, 900);
    await context.addInitScript(
      (state) => localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 })),
      { ...seeded, theme },
    );
    await page.goto(`${served.url}${route}`);
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width}px`).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `${name}-${label.replace(' ', '-')}`);
    await context.close();
  });
});
