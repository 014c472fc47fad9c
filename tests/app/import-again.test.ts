import { describe, expect, it } from 'vitest';
import { failedModuleUrl } from '@/app/import-again';

const origin = 'http://127.0.0.1:4173';

describe('the module a failed dynamic import names', () => {
  it('reads the address from Chromium’s and Firefox’s messages', () => {
    expect(
      failedModuleUrl(
        `Failed to fetch dynamically imported module: ${origin}/assets/about-view-Bx1.js`,
        origin,
      ),
    ).toBe(`${origin}/assets/about-view-Bx1.js`);
    expect(failedModuleUrl(`error loading dynamically imported module: ${origin}/assets/a.mjs`, origin)).toBe(
      `${origin}/assets/a.mjs`,
    );
  });

  it('drops an earlier retry query, so the next retry sets its own', () => {
    expect(failedModuleUrl(`Failed: ${origin}/assets/a-1.js?retry=3`, origin)).toBe(
      `${origin}/assets/a-1.js`,
    );
  });

  it('names nothing for a message without an address, or with one from another origin', () => {
    expect(failedModuleUrl('Importing a module script failed.', origin)).toBeUndefined();
    expect(failedModuleUrl('Failed: https://elsewhere.example/x.js', origin)).toBeUndefined();
    expect(failedModuleUrl(`Failed: ${origin}/data.json`, origin)).toBeUndefined();
  });
});
