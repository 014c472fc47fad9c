import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
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

/** Builds the production bundle once and serves it with `vite preview` on a free local port. */
export async function serveBuild(port = 4173 + Math.floor(Math.random() * 500)): Promise<Served> {
  // Each run builds into its own folder, so concurrent runs never serve each other's half-written files.
  const outDir = `node_modules/.tmp/e2e-dist-${process.pid}-${port}`;
  await run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'error',
  ]);
  const child: ChildProcess = spawn(
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
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    outDir: `${root}${outDir}`,
    stop: async () => {
      child.kill();
      rmSync(`${root}${outDir}`, { recursive: true, force: true });
    },
  };
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
