import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { Knowledge } from '../../src/domain/knowledge';
import { applyOverlay } from '../../src/domain/overlay';
import { profileSchema } from '../../src/domain/schemas';
import { readDataDir } from '../../src/node/read-data-dir';
import { useAppStore, type AppState } from '../../src/store';
import { KnowledgeContext } from '../../src/knowledge-context';

/** data/ with the example overlay (examples/acme-dc.overlay.json) merged in, read once per file. */
function readOverlaid(): Knowledge {
  const text = readFileSync(join(process.cwd(), 'examples/acme-dc.overlay.json'), 'utf8');
  const result = applyOverlay(readDataDir(join(process.cwd(), 'data')), text, 'acme-dc.overlay.json');
  if (!result.ok) throw new Error(`the example overlay was refused:\n${result.problems.join('\n')}`);
  return result.knowledge;
}

export const overlaid: Knowledge = readOverlaid();

/** The profile the example overlay is meant for (examples/acme-dc.profile.json), as store state. */
const profile = profileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'examples/acme-dc.profile.json'), 'utf8')),
);
export const acmeState: Partial<AppState> = {
  environment: profile.environment,
  weights: profile.weights,
  mustHave: profile.mustHave,
};

/** The start of every mark of the example overlay, in English. */
export const FROM_OVERLAY = 'from overlay “acme-dc”';
/** What the team's iperf3 campaign adds to a mark: its date, NIC speed and UDP offload. */
export const TEAM_MEASUREMENT =
  /^from overlay “acme-dc” \(2026-10 Pod-to-pod TCP throughput.*, 25 GbE, offload on\)$/;

/** Renders a view with a given knowledge base (the overlaid one by default) and some store state. */
export function renderWith(
  ui: ReactElement,
  state: Partial<AppState> = {},
  kb: Knowledge = overlaid,
): RenderResult {
  useAppStore.setState(state);
  return render(<KnowledgeContext.Provider value={{ kb, complete: true }}>{ui}</KnowledgeContext.Provider>);
}
