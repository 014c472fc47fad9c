import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, checked from both sides: per layer, imports that break a
 * rule must be reported and imports the layer may make must not be. Each probe is linted as text
 * under a path in the real tree (the file need not exist: ESLint picks the config by the path,
 * and the imports resolve from its folder to real files).
 */

const root = resolve(import.meta.dirname, '../..');
/** The rules that guard the layers: by resolved path, and by npm package or Node built-in. */
const boundaryRules = new Set(['boundaries/dependencies', 'no-restricted-imports']);

interface Layer {
  /** Where the probe stands: it decides the layer. */
  probe: string;
  /** Imports that must be reported; `type:` marks an `import type`. */
  breaks: string[];
  /** Imports that must pass. */
  may: string[];
}

const layers: Record<string, Layer> = {
  domain: {
    probe: 'src/domain/knowledge/__lint_probe.ts',
    breaks: [
      '@/ui',
      '../../features/compare/build-matrix',
      'type:@/store',
      '../../app/app',
      '@/cli/args',
      '@/words',
      '../../../vite.config',
      'react',
      'zustand',
      'node:fs',
      'path',
    ],
    may: ['../scoring', './split', 'zod/mini'],
  },
  words: {
    probe: 'src/words/__lint_probe.ts',
    breaks: ['react', 'node:path', '@/store', '../ui'],
    may: ['@/domain/knowledge'],
  },
  store: {
    probe: 'src/store/__lint_probe.ts',
    breaks: ['@/ui', '@/words', '@/features/results/to-segments', 'react'],
    may: ['@/domain/profile', 'zustand'],
  },
  routing: {
    probe: 'src/routing/__lint_probe.ts',
    // A value import from the domain: the router may name its types only.
    breaks: ['@/store', 'zustand', '@/domain/schemas'],
    may: ['react', 'type:@/domain/schemas', './router'],
  },
  'knowledge-context': {
    probe: 'src/knowledge-context/__lint_probe.ts',
    breaks: ['@/ui', '@/routing'],
    may: ['@/store'],
  },
  ui: {
    probe: 'src/ui/__lint_probe.ts',
    breaks: ['@/features/results/to-segments', '../app/app'],
    may: ['@/knowledge-context', '../words', '@/routing'],
  },
  feature: {
    probe: 'src/features/results/__lint_probe.ts',
    breaks: [
      '../compare/build-matrix',
      '@/features/compare/build-matrix',
      'type:@/features/compare/build-matrix',
      '@/app/app',
      '../../cli/args',
    ],
    may: ['./to-segments', '@/ui', '../../routing', '@/zod-jitless'],
  },
  app: {
    probe: 'src/app/__lint_probe.ts',
    breaks: ['@/cli/args', '../build/knowledge-plugin'],
    may: ['@/features/results/to-segments'],
  },
  entry: { probe: 'src/main.tsx', breaks: ['./build/knowledge-plugin'], may: ['./app/app', './zod-jitless'] },
  cli: {
    probe: 'src/cli/__lint_probe.ts',
    breaks: ['@/store', '../ui', '../knowledge-context', 'react', '../build/knowledge-plugin'],
    may: ['../words', '../node/read-data-dir', '../domain/knowledge'],
  },
  build: {
    probe: 'src/build/__lint_probe.ts',
    breaks: ['../ui', '@/store', '../features/results/to-segments', '../cli/args'],
    may: ['../node/read-data-dir', '../domain/knowledge'],
  },
  'node data reading': {
    probe: 'src/node/__lint_probe.ts',
    breaks: ['../cli/args', 'react'],
    may: ['../domain/knowledge'],
  },
};

const cases = (pick: (layer: Layer) => string[]): [string, string, string][] =>
  Object.entries(layers).flatMap(([name, layer]) =>
    pick(layer).map((from): [string, string, string] => [name, from, layer.probe]),
  );

/** A local specifier's file, or undefined for a package. */
function localTarget(probe: string, from: string): string | undefined {
  const base = from.startsWith('@/')
    ? resolve(root, 'src', from.slice(2))
    : from.startsWith('.')
      ? resolve(root, dirname(probe), from)
      : undefined;
  if (base === undefined) return undefined;
  const found = ['.ts', '.tsx', '/index.ts'].map((ending) => base + ending).find(existsSync);
  return found ?? `${base} (missing)`;
}

async function boundaryMessages(probe: string, planted: string): Promise<string[]> {
  const typeOnly = planted.startsWith('type:');
  const from = typeOnly ? planted.slice('type:'.length) : planted;
  const text = typeOnly
    ? `import type * as probe from '${from}';\nexport type Probe = typeof probe;\n`
    : `import * as probe from '${from}';\nexport default probe;\n`;
  const [result] = await eslint.lintText(text, { filePath: resolve(root, probe) });
  if (!result) throw new Error(`no lint result for ${probe}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${probe}: ${fatal.map((m) => m.message).join('; ')}`);
  return result.messages
    .filter((m) => m.ruleId !== null && boundaryRules.has(m.ruleId))
    .map((m) => `${m.ruleId}: ${m.message}`);
}

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('layer boundaries (eslint.config.js)', { timeout: 60_000 }, () => {
  it('plants only imports of files that exist, so no case passes for want of a target', () => {
    for (const [, planted, probe] of [...cases((l) => l.breaks), ...cases((l) => l.may)]) {
      expect(existsSync(resolve(root, dirname(probe))), probe).toBe(true);
      expect(localTarget(probe, planted.replace(/^type:/, '')) ?? 'a package').not.toMatch(/\(missing\)$/);
    }
  });

  it.each(cases((l) => l.breaks))('%s: reports %s', async (_, planted, probe) => {
    const messages = await boundaryMessages(probe, planted);
    expect(messages).toHaveLength(1);
    // The message names the import, so a reader sees which line crosses which boundary.
    expect(messages[0]).toContain(planted.replace(/^type:/, ''));
  });

  it.each(cases((l) => l.may))('%s: allows %s', async (_, planted, probe) => {
    expect(await boundaryMessages(probe, planted)).toEqual([]);
  });
});
