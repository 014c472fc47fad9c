import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, root } from '../e2e/harness';
import { firstVisitFiles, gzipSize } from './first-visit';

const BUDGET_KB = 200;
const P95_TARGET_MS = 50;
const outDir = join(root, 'node_modules/.tmp/bench-dist');
const vite = join(root, 'node_modules/vite/bin/vite.js');

function build(): void {
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
}

export function bundleBudget(): boolean {
  const sizes = gzipSize(
    outDir,
    firstVisitFiles(outDir, 'src/features/questionnaire/questionnaire-view.tsx'),
  );
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0) / 1024;
  for (const s of sizes)
    console.log(
      `  ${s.file.padEnd(48)} ${(s.raw / 1024).toFixed(1).padStart(7)} KB  gzip ${(s.gzip / 1024).toFixed(1).padStart(6)} KB`,
    );
  const ok = total <= BUDGET_KB;
  console.log(
    `first visit (questionnaire): ${total.toFixed(1)} KB gzip — budget ${BUDGET_KB} KB: ${ok ? 'met' : 'NOT MET'}`,
  );
  return ok;
}

const weightedProfile = {
  environment: { orchestrator: 'kubernetes', cloud: 'public', bgp: false, l2: false, udpOffload: false },
  weights: { throughput: 5, networkPolicy: 3, simplicity: 2, latency: 3, cpuEfficiency: 2, maturity: 2 },
  mustHave: ['crossHost'],
  method: 'weighted',
  compared: [],
  language: 'en',
  theme: 'light',
};

/** Times slider input → next frame after the ranking's DOM changed, in real headless Chromium. */
export async function weightLatency(url: string, changes = 50): Promise<boolean> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((state) => {
    if (!localStorage.getItem('container-stack-advisor'))
      localStorage.setItem('container-stack-advisor', JSON.stringify({ state, version: 1 }));
  }, weightedProfile);
  const page = await context.newPage();
  await page.goto(`${url}#/results/networking`);
  await page.locator('main input[type="range"]').first().waitFor();
  await page.locator('main li').first().waitFor();
  const times = await page.evaluate(async (n) => {
    const sliders = [...document.querySelectorAll<HTMLInputElement>('main input[type="range"]')];
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    const main = document.querySelector('main');
    const out: number[] = [];
    for (let i = 0; i < n; i += 1) {
      const slider = sliders[i % sliders.length];
      if (!slider || !setValue || !main) break;
      const next = String((Number(slider.value) + 1 + (i % 3)) % 6);
      const changed = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => resolve());
        });
        observer.observe(main, { subtree: true, childList: true, characterData: true, attributes: true });
        setTimeout(() => (observer.disconnect(), resolve()), 2000);
      });
      const start = performance.now();
      setValue.call(slider, next);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await changed;
      out.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 20));
    }
    return out;
  }, changes);
  await browser.close();
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN;
  const ok = times.length === changes && at(0.95) <= P95_TARGET_MS;
  console.log(
    `weight change → updated ranking on screen (${times.length} changes, headless Chromium): median ${at(0.5).toFixed(1)} ms, ` +
      `p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms — target p95 ≤ ${P95_TARGET_MS} ms: ${ok ? 'met' : 'NOT MET'}`,
  );
  return ok;
}

export async function appBench(): Promise<boolean> {
  build();
  const budget = bundleBudget();
  const port = 4600 + Math.floor(Math.random() * 300);
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; i < 100; i += 1) {
      if (
        await fetch(url).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const latency = await weightLatency(url);
    return budget && latency;
  } finally {
    server.kill();
  }
}
