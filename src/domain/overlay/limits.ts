import type { JsonLimits } from '../profile/bounded-json';

/** An overlay is a team's file, not a second knowledge base: these bound what it may be. */
export const OVERLAY_LIMITS: JsonLimits = { chars: 2_000_000, depth: 64, keys: 100_000 };

/** The most bytes of an overlay file or download read: UTF-8 takes at most three per character. */
export const OVERLAY_MAX_BYTES = OVERLAY_LIMITS.chars * 3;
