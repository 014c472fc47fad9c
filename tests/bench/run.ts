import { readKnowledge } from '../../src/cli/read-knowledge';
import { rank, type Method } from '../../src/domain/scoring';
import type { Profile } from '../../src/domain/schemas';
import { appBench } from './app-bench';
import { measure } from './measure';
import { smaaBench } from './smaa-bench';
import { syntheticKnowledge } from './synthetic-knowledge';
import { composeStack } from '../../src/domain/stack';

const TARGET_MS = 1;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

function syntheticBench(method: Method): boolean {
  const kb = syntheticKnowledge(1000, 50);
  const weights = Object.fromEntries(kb.criteria.map((c, i) => [c.id, (i % 5) + 1]));
  const profile = {
    version: 1,
    environment: { orchestrator: 'mesos', bgp: false },
    weights,
    mustHave: ['c3'],
  } as Profile;
  let ranked = 0;
  const timing = measure(() => {
    ranked = rank(kb, profile, { category: 'networking', method }).ranking.length;
  }, 300);
  // The floor: the same weights × levels arithmetic and a sort of the scores, over typed arrays, no objects.
  const rows = kb.valueRows.get('networking') ?? [];
  const w = Float64Array.from(kb.criteria, (c) => weights[c.id] ?? 0);
  const scores = new Float64Array(rows.length);
  const floor = measure(() => {
    rows.forEach((row, i) => {
      let sum = 0;
      for (let j = 0; j < row.base.length; j += 1) sum += (w[j] as number) * (row.base[j] as number);
      scores[i] = sum;
    });
    Float64Array.from(scores).sort();
  }, 300);
  const ok = timing.median < TARGET_MS;
  console.log(
    `synthetic 1000 options × 50 criteria, ${method.padEnd(8)}: median ${fmt(timing.median)}, p95 ${fmt(timing.p95)}; ` +
      `floor median ${fmt(floor.median)} (${(timing.median / floor.median).toFixed(0)}× floor) ` +
      `over ${timing.runs} rankings (${ranked} ranked) — target median < ${TARGET_MS} ms: ${ok ? 'met' : 'NOT MET'}`,
  );
  return ok;
}

function realBench(): boolean {
  const kb = readKnowledge();
  const preset = kb.presets[0];
  const profile: Profile = preset?.profile ?? { version: 1, environment: {}, weights: {}, mustHave: [] };
  for (const category of kb.categories) {
    const timing = measure(() => rank(kb, profile, { category: category.id, method: 'weighted' }), 500);
    const count = kb.optionsByCategory.get(category.id)?.length ?? 0;
    console.log(
      `real knowledge base, ${category.id.padEnd(17)} (${String(count).padStart(2)} options): median ${fmt(timing.median)}, p95 ${fmt(timing.p95)}`,
    );
  }
  const load = measure(() => readKnowledge(), 10, 2);
  console.log(`real knowledge base load + validation from disk: median ${fmt(load.median)}`);
  return stackBench(kb) && smaaBench(kb);
}

const STACK_TARGET_MS = 10;

/** The best compatible stack (9 rankings, the exact search, and each alternative's own search). */
function stackBench(kb: ReturnType<typeof readKnowledge>): boolean {
  let ok = true;
  for (const preset of kb.presets) {
    const timing = measure(() => composeStack(kb, preset.profile, 'weighted'), 50);
    // The floor: the nine rankings the stack is built from, nothing else.
    const floor = measure(
      () => kb.categories.forEach((c) => rank(kb, preset.profile, { category: c.id, method: 'weighted' })),
      50,
    );
    const met = timing.median <= STACK_TARGET_MS;
    ok &&= met;
    console.log(
      `stack, preset ${preset.id.padEnd(28)}: median ${fmt(timing.median)}, p95 ${fmt(timing.p95)}; rankings alone ${fmt(floor.median)} — target median ≤ ${STACK_TARGET_MS} ms: ${met ? 'met' : 'NOT MET'}`,
    );
  }
  return ok;
}

console.log(`node ${process.version}, ${new Date().toISOString()}`);
const results = (['weighted', 'topsis'] as Method[]).map(syntheticBench);
const smaa = realBench();
console.log('\nweb app');
const app = await appBench();
if (results.some((ok) => !ok) || !smaa || !app) process.exitCode = 1;
