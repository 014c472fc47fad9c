import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

// The project root: tests and benchmarks are run from it (npm scripts, vitest).
export const root = `${process.cwd()}/`;
export const screenshotDir = `${root}screenshots`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // The test runner sets NODE_ENV=test, which would build React's development bundle: the
    // browser tests run the production build a user gets.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed: ${err}`)),
    );
  });
}

export interface Served {
  url: string;
  /** The built files being served (absolute path). */
  outDir: string;
  stop: () => Promise<void>;
}

/** A port the system says is free now (it picks one; two test files never draw the same). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `vite preview` of `outDir` and waits until it answers. Resolves undefined when the server
 * exits first (its port was taken after all), so the caller can try another port; a server found
 * on a port another file holds would vanish when that file stops it, taking this file's pages down.
 */
async function preview(outDir: string, port: number): Promise<ChildProcess | undefined> {
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  let exited = false;
  child.once('exit', () => (exited = true));
  for (let i = 0; i < 100 && !exited; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return exited ? undefined : child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!exited) child.kill();
  return undefined;
}

/** Builds the production bundle once and serves it with `vite preview` on a free local port. */
export async function serveBuild(): Promise<Served> {
  // Each run builds into its own folder, so concurrent runs never serve each other's half-written files.
  const outDir = `node_modules/.tmp/e2e-dist-${process.pid}-${Date.now()}`;
  await run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ]);
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    const child = await preview(outDir, port);
    if (!child) continue;
    return {
      url: `http://127.0.0.1:${port}/`,
      outDir: `${root}${outDir}`,
      stop: async () => {
        child.kill();
        rmSync(`${root}${outDir}`, { recursive: true, force: true });
      },
    };
  }
  throw new Error(`vite preview of ${outDir} did not start on a free port in 5 tries`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs, headless: true });
}

export async function newPage(
  browser: Browser,
  width = 1280,
  height = 900,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { context, page };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!existsSync(screenshotDir)) mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
}

/** The names in a results view's ranking, best first, once the first is shown. */
export const rankingNames = async (page: Page): Promise<string[]> => {
  const list = page.getByRole('region', { name: 'Ranking' }).locator('ol').first();
  await list.locator('li').first().waitFor();
  return list
    .locator(':scope > li')
    .evaluateAll((items) => items.map((li) => li.querySelector('a')?.textContent?.trim() ?? ''));
};
