import '@/zod-jitless';
import { rankAcceptability } from '@/domain/sensitivity';
import type { SmaaRequest, SmaaResponse } from './smaa-messages';

// Only the newest request is worth answering: while a slider moves, older ones are dropped.
let latest: SmaaRequest | undefined;
let scheduled = false;

function run(): void {
  scheduled = false;
  const request = latest;
  latest = undefined;
  if (!request) return;
  const result = rankAcceptability(request.ranking, request.samples, request.seed);
  const response: SmaaResponse = { id: request.id, result };
  postMessage(response);
}

self.onmessage = (event: MessageEvent<SmaaRequest>) => {
  latest = event.data;
  if (!scheduled) {
    scheduled = true;
    setTimeout(run, 0);
  }
};
