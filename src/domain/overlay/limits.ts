import type { JsonLimits } from '../profile/bounded-json';

/** An overlay is a team's file, not a second knowledge base: these bound what it may be. */
export const OVERLAY_LIMITS: JsonLimits = { chars: 2_000_000, depth: 64, keys: 100_000 };
