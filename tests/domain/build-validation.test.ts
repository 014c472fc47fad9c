import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { knowledgePlugin } from '../../src/build/knowledge-plugin';

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A copy of data/ with one file changed by `edit`. */
function brokenData(file: string, edit: (text: string) => string): string {
  dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  cpSync(join(process.cwd(), 'data'), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

/** Runs the plugin's load hook the way the bundler does; `this.error` aborts the build. */
function load(dataDir: string, id: string, plugin = knowledgePlugin(dataDir)): unknown {
  const hook = plugin.load as (this: unknown, id: string) => unknown;
  const context = {
    error: (message: string): never => {
      throw new Error(`build failed: ${message}`);
    },
    addWatchFile: () => undefined,
  };
  return hook.call(context, id);
}

describe('the knowledge plugin validates data/ at build time', () => {
  it('builds the core, the loaders and every part from valid data', () => {
    const data = join(process.cwd(), 'data');
    // One plugin, as in a build: data/ is read and validated once for all modules.
    const plugin = knowledgePlugin(data);
    expect(String(load(data, '\0virtual:knowledge/core', plugin))).toMatch(/^export const files = /);
    const loaders = String(load(data, '\0virtual:knowledge/loaders', plugin));
    const parts = [...loaders.matchAll(/import\("virtual:knowledge\/part\/([^"]+)"\)/g)].map((m) => m[1]);
    expect(parts).toEqual(expect.arrayContaining(['scoring', 'quotes', 'text/zh/networking.detail']));
    for (const part of parts)
      expect(String(load(data, `\0virtual:knowledge/part/${part}`, plugin))).toMatch(/^export default /);
  });

  it.each<[string, string, (text: string) => string, RegExp]>([
    [
      'an unknown criterion',
      'solutions/networking/macvlan.json',
      (t) =>
        t.replace(
          '"values": {',
          '"values": { "teleport": { "level": 4, "source": { "source": "seed-002-container-networking-notes", "section": "x" } },',
        ),
      /data\/solutions\/networking\/macvlan\.json: values\.teleport: unknown criterion/,
    ],
    [
      'a source that does not exist',
      'case-studies/pptv.json',
      (t) => t.replace('"source": "seed-004-docker-networking-survey"', '"source": "no-such-source"'),
      /data\/case-studies\/pptv\.json: .*unknown source "no-such-source"/,
    ],
    ['invalid JSON', 'criteria.json', (t) => t.slice(0, -20), /data\/criteria\.json: invalid JSON/],
  ])('fails the build on %s, naming the file and path', (_name, file, edit, message) => {
    const data = brokenData(file, edit);
    for (const id of ['\0virtual:knowledge/core', '\0virtual:knowledge/part/scoring'])
      expect(() => load(data, id)).toThrow(message);
  });
});
