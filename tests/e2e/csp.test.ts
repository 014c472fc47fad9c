import type { BrowserContext, Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settled } from '../support/browser-waits';
import { downloaded } from './decision-path';
import { launch, newPage, serveBuild, type Served } from './harness';

/** The policy the built index.html must carry, directive by directive. */
const expectedPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' https: http://localhost:* http://127.0.0.1:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const views = [
  '#/',
  '#/stack',
  '#/results/networking',
  '#/results/logging',
  '#/compare',
  '#/benchmarks',
  '#/cases',
  '#/cases/meizu',
  '#/options/flannel-vxlan',
  '#/decision',
  '#/profiles',
  '#/about',
];

type Language = 'en' | 'zh' | 'ru';

/** The download buttons as each language names them. */
const labels: Record<Language, Record<'svg' | 'png' | 'record' | 'diagram' | 'profile', string>> = {
  en: {
    svg: 'Download SVG',
    png: 'Download PNG',
    record: 'Download decision record (.md)',
    diagram: 'Download diagram (.svg)',
    profile: 'Download profile.json',
  },
  zh: {
    svg: '下载 SVG',
    png: '下载 PNG',
    record: '下载决策记录（.md）',
    diagram: '下载架构图（.svg）',
    profile: '下载 profile.json',
  },
  ru: {
    svg: 'Скачать SVG',
    png: 'Скачать PNG',
    record: 'Скачать запись о решении (.md)',
    diagram: 'Скачать схему (.svg)',
    profile: 'Скачать profile.json',
  },
};

const seeded = (language: Language) => ({
  environment: { orchestrator: 'kubernetes', cloud: 'private', bgp: false, l2: true, udpOffload: true },
  weights: { throughput: 5, networkPolicy: 3, simplicity: 2, logCollection: 4, containerMetrics: 4 },
  mustHave: ['crossHost'],
  method: 'weighted',
  compared: ['flannel-vxlan', 'calico-ipip', 'macvlan'],
  language,
  theme: 'light',
});

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

let served: Served;
let browser: Browser;
let html: string;

beforeAll(async () => {
  served = await serveBuild();
  browser = await launch();
  html = await (await fetch(served.url)).text();
});
afterAll(async () => {
  await browser?.close();
  await served?.stop();
});

const metaPolicy = (text: string): string | undefined =>
  /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(text)?.[1];

/** Reports every violation in the page; the listener is in place before any app script runs. */
async function listen(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: Violation[] = [];
    (window as unknown as { cspViolations: Violation[] }).cspViolations = seen;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: e.sourceFile }),
      true,
    );
  });
}

const takeViolations = (page: Page): Promise<Violation[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: Violation[] }).cspViolations.splice(0));

/**
 * A worker does not inherit a meta policy: it takes its own from its response, as a web server
 * configured like the README sends it. The test serves the SMAA worker with the policy as a header
 * and a violation listener in front of its code, which reports through the console; `probe` makes
 * the worker try an eval itself.
 */
async function serveWorkerUnderPolicy(
  context: BrowserContext,
  page: Page,
  policy: string,
  probe = false,
): Promise<{ loads: () => number; violations: string[] }> {
  let loads = 0;
  const violations: string[] = [];
  await context.route('**/assets/smaa-worker-*.js', async (route) => {
    const response = await route.fetch();
    const listener = `self.addEventListener('securitypolicyviolation', (e) => console.error('csp-violation ' + e.effectiveDirective + ' ' + e.blockedURI));`;
    const attempt = probe ? `try { new Function(''); } catch {}` : '';
    loads += 1;
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
      body: `${listener}${attempt}\n${await response.text()}`,
    });
  });
  page.on('console', (message) => {
    if (message.worker() && message.text().startsWith('csp-violation ')) violations.push(message.text());
  });
  return { loads: () => loads, violations };
}

describe('the Content-Security-Policy', () => {
  it('is in the served index.html, before anything it governs', () => {
    const policy = metaPolicy(html);
    expect(policy).toBe(expectedPolicy);
    const directives = new Map(
      (policy ?? '').split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const name of ['default-src', 'script-src', 'style-src']) {
      expect(directives.get(name)?.some((v) => /unsafe|\*|data:|blob:/.test(v))).toBe(false);
    }
    const at = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload)"/));
  });

  it('is enforced: an inline script and an eval are refused, and the listeners see it', async () => {
    const { page, context } = await newPage(browser);
    await listen(context);
    const worker = await serveWorkerUnderPolicy(context, page, metaPolicy(html) ?? '', true);
    await page.goto(`${served.url}#/results/networking`);
    await settled(page);
    const outcome = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.head.append(script);
          // Outside the evaluation itself, as the app's own code would run.
          setTimeout(() => {
            let evalResult = 'ran';
            try {
              new Function('');
            } catch (error) {
              evalResult = (error as Error).name;
            }
            resolve([String((window as unknown as { inlineRan?: boolean }).inlineRan), evalResult]);
          }, 0);
        }),
    );
    expect(outcome).toEqual(['undefined', 'EvalError']);
    expect((await takeViolations(page)).map((v) => `${v.directive} ${v.blocked}`)).toEqual([
      'script-src-elem inline',
      'script-src eval',
    ]);
    await expect.poll(() => worker.violations).toEqual(['csp-violation script-src eval']);
    await context.close();
  });

  it.each<Language>(['en', 'zh', 'ru'])(
    'lets every view and every download run in %s with 0 violations',
    async (language) => {
      const { page, context } = await newPage(browser);
      const pageErrors: string[] = [];
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await context.addInitScript(
        (state) => localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 })),
        seeded(language),
      );
      await listen(context);
      const worker = await serveWorkerUnderPolicy(context, page, metaPolicy(html) ?? '');
      const t = labels[language];
      const violations: Record<string, Violation[]> = {};
      const record = async (where: string) => {
        const found = await takeViolations(page);
        if (found.length > 0) violations[where] = [...(violations[where] ?? []), ...found];
      };

      for (const view of views) {
        await page.goto(`${served.url}${view}`);
        await settled(page);
        if (view === '#/stack') {
          const architecture = page.locator('.architecture-diagram').first();
          const svg = await downloaded(page, () => architecture.getByRole('button', { name: t.svg }).click());
          expect(svg.bytes.toString('utf8')).toContain('<svg');
          const png = await downloaded(page, () => architecture.getByRole('button', { name: t.png }).click());
          expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        }
        if (view === '#/decision') {
          await page.getByRole('button', { name: t.record }).waitFor();
          for (const name of [t.record, t.diagram, t.profile]) {
            const file = await downloaded(page, () => page.getByRole('button', { name }).click());
            expect(file.bytes.length).toBeGreaterThan(0);
          }
        }
        await record(view);
      }

      expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${language}`));
      expect(worker.loads()).toBeGreaterThan(0);
      expect(violations).toEqual({});
      expect(worker.violations).toEqual([]);
      expect(pageErrors).toEqual([]);
      const count = Object.values(violations).flat().length + worker.violations.length;
      console.log(`csp ${language}: ${views.length} views, ${count} violations`);
      await context.close();
    },
    120_000,
  );
});
