import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../e2e/harness';
import { byteBudgets } from './byte-budgets';
import { interactionBench } from './interaction-bench';

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

/** Builds the app, serves it, and measures bytes per view and interaction latency in Chromium. */
export async function appBench(): Promise<boolean> {
  build();
  const port = 4600 + Math.floor(Math.random() * 300);
  const server = spawn(
    process.execPath,
    [vite, 'preview', '--outDir', outDir, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  try {
    for (let i = 0; i < 100; i += 1) {
      const up = await fetch(url).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const bytes = await byteBudgets(url, outDir);
    const interaction = await interactionBench(url);
    return bytes && interaction;
  } finally {
    server.kill();
  }
}
