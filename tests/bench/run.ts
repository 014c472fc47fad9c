import { readKnowledge } from '../../src/cli/read-knowledge';
import { rank, type Method } from '../../src/domain/scoring';
import type { Profile } from '../../src/domain/schemas';
import { appBench } from './web-app';
import { measure } from './measure';
import { smaaBench } from './smaa-bench';
import { syntheticKnowledge } from './synthetic-knowledge';
import { composeStack } from '../../src/domain/stack';

const TARGET_MS = 0.3;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

function syntheticBench(method: Method): boolean {
  const kb = syntheticKnowledge(1000, 50);
  // Several weightings of the same criteria, as a moving slider gives them: each ranking scores afresh.
  const weightings = Array.from({ length: 8 }, (_, k) =>
    Object.fromEntries(kb.criteria.map((c, i) => [c.id, ((i + k) % 5) + 1])),
  );
  const environment = { orchestrator: 'mesos', bgp: false } as const;
  const profiles = weightings.map(
    (weights) => ({ version: 1, environment, weights, mustHave: ['c3'] }) as Profile,
  );
  let ranked = 0;
  let run = 0;
  const timing = measure(() => {
    const profile = profiles[run++ % profiles.length] as Profile;
    ranked = rank(kb, profile, { category: 'networking', method }).ranking.length;
  }, 300);
  // The first ranking in an environment also resolves every value, exclusion and must-have.
  let hosts = 0;
  const cold = measure(() => {
    const profile = { ...(profiles[0] as Profile), environment: { ...environment, hosts: (hosts += 1) } };
    rank(kb, profile, { category: 'networking', method });
  }, 30);
  // The floor: the same weights × levels multiply-adds over a plain matrix and a sort of the scores.
  const options = kb.optionsByCategory.get('networking') ?? [];
  const m = kb.criteria.length;
  const matrix = Float64Array.from(
    options.flatMap((o) => kb.criteria.map((c) => o.values[c.id]?.level ?? 0)),
  );
  const w = Float64Array.from(kb.criteria, (c) => weightings[0]?.[c.id] ?? 0);
  const scores = new Float64Array(options.length);
  const floor = measure(() => {
    for (let i = 0; i < scores.length; i += 1) {
      let sum = 0;
      for (let j = 0; j < m; j += 1) sum += (w[j] as number) * (matrix[i * m + j] as number);
      scores[i] = sum;
    }
    Float64Array.from(scores).sort();
  }, 300);
  const ok = timing.median <= TARGET_MS;
  console.log(
    `synthetic 1000 options × 50 criteria, ${method.padEnd(8)}: median ${fmt(timing.median)}, p95 ${fmt(timing.p95)}; ` +
      `floor median ${fmt(floor.median)} (${(timing.median / floor.median).toFixed(2)}× floor) ` +
      `over ${timing.runs} rankings (${profiles.length} weightings, ${ranked} ranked); ` +
      `first ranking in a new environment median ${fmt(cold.median)} — target median ≤ ${TARGET_MS} ms: ${ok ? 'met' : 'NOT MET'}`,
  );
  return ok;
}

async function realBench(): Promise<boolean> {
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
  const stack = stackBench(kb);
  return (await smaaBench(kb)) && stack;
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
const smaa = await realBench();
// BENCH_ENGINE_ONLY=1 skips the build and the browser part (e.g. while the app is mid-change).
const engineOnly = process.env.BENCH_ENGINE_ONLY === '1';
if (!engineOnly) console.log('\nweb app');
const app = engineOnly || (await appBench());
if (results.some((ok) => !ok) || !smaa || !app) process.exitCode = 1;
