import { act, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { App } from '../../src/app/app';
import { useAppStore } from '../../src/store';
import { kb, renderWithKnowledge } from '../ui/render-app';
import { hashRoute, shareToken } from './generators';
import { fuzzSeed, newStats, report, runsPer, type SurfaceStats } from './fuzz-stats';

// Whole-app renders are slow in jsdom: a few hundred at most, even in `npm run fuzz`.
const runs = Math.min(runsPer(40), 400);
const stats: SurfaceStats[] = [];
afterAll(() => console.log(report(stats)));

const mine = {
  environment: { orchestrator: 'kubernetes' as const, l2: true, bgp: false },
  weights: { throughput: 4, legacyInterop: 3 },
  mustHave: [],
};
const profileNow = () => {
  const s = useAppStore.getState();
  return JSON.stringify({ environment: s.environment, weights: s.weights, mustHave: s.mustHave });
};

async function visit(s: SurfaceStats, hash: string, before: string): Promise<void> {
  s.cases += 1;
  const start = performance.now();
  act(() => {
    window.location.hash = hash;
  });
  try {
    await waitFor(
      () => {
        const heading = document.querySelector('main h1');
        if (!heading?.textContent || !document.querySelector('header nav')) throw new Error('blank');
      },
      { timeout: 5000 },
    );
  } catch {
    s.blank += 1;
    console.error(`${s.surface}: blank page for`, JSON.stringify(hash.slice(0, 200)));
  }
  // A link never replaces the profile by itself: the prompt waits for the user.
  if (profileNow() !== before) s.lost += 1;
  const keep = [...document.querySelectorAll('[role="dialog"] button')].find(
    (b) => b.textContent === 'Keep mine',
  );
  if (keep) act(() => (keep as HTMLButtonElement).click());
  s.slowestMs = Math.max(s.slowestMs, performance.now() - start);
}

describe(`fuzzing the app in jsdom (${runs} addresses and ${runs} links, seed ${fuzzSeed()})`, () => {
  it('no address or share link blanks the page or changes the profile', async () => {
    window.location.hash = '#/';
    renderWithKnowledge(<App />, mine);
    const before = profileNow();
    const hashes = newStats('hash-app');
    const links = newStats('link-app');
    stats.push(hashes, links);
    for (const hash of fc.sample(hashRoute, { numRuns: runs, seed: fuzzSeed() + 4 }))
      await visit(hashes, hash, before);
    for (const token of fc.sample(shareToken(kb), { numRuns: runs, seed: fuzzSeed() + 5 }))
      await visit(links, `#/results/networking?s=${token}`, before);
    expect([hashes.blank, hashes.lost, links.blank, links.lost]).toEqual([0, 0, 0, 0]);
  }, 900_000);
});
