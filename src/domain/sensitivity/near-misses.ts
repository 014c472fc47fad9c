import type { Knowledge } from '../knowledge';
import type { Environment, Profile } from '../schemas';
import { rank, type ExcludedOption, type Ranking } from '../scoring';

export interface NearMiss {
  id: string;
  /** The one thing that keeps it out: "mustHave:<criterion>", "environment.<key>" or "lifecycle:<state>". */
  blockedBy: string[];
  /** Its rank and score with that one thing dropped (the fact left unknown, the must-have removed). */
  wouldRank: number;
  score: number;
}

function blockers(option: ExcludedOption): string[] {
  const found = new Set<string>();
  for (const reason of option.reasons) {
    if (reason.kind === 'mustHave') found.add(`mustHave:${reason.criterion}`);
    else if (reason.kind === 'lifecycle') found.add(`lifecycle:${reason.state}`);
    else for (const fact of reason.facts) found.add(`environment.${fact.key}`);
  }
  return [...found];
}

function relaxed(profile: Profile, blocker: string): Profile {
  if (blocker.startsWith('mustHave:')) {
    const id = blocker.slice('mustHave:'.length);
    return { ...profile, mustHave: profile.mustHave.filter((c) => c !== id) };
  }
  if (blocker.startsWith('lifecycle:')) return { ...profile, includeUnmaintained: true };
  const key = blocker.slice('environment.'.length);
  const environment: Environment = Object.fromEntries(
    Object.entries(profile.environment).filter(([k]) => k !== key),
  );
  return { ...profile, environment };
}

/** Excluded options that a single environment fact or must-have keeps out, and where they would rank. */
export function nearMisses(kb: Knowledge, profile: Profile, result: Ranking): NearMiss[] {
  const misses: NearMiss[] = [];
  const cache = new Map<string, Ranking>();
  for (const option of result.excluded) {
    const blockedBy = blockers(option);
    if (blockedBy.length !== 1) continue;
    const blocker = blockedBy[0] as string;
    let other = cache.get(blocker);
    if (!other) {
      other = rank(kb, relaxed(profile, blocker), { category: result.category, method: result.method });
      cache.set(blocker, other);
    }
    const position = other.ranking.findIndex((o) => o.id === option.id);
    const ranked = other.ranking[position];
    if (ranked) misses.push({ id: option.id, blockedBy, wouldRank: position + 1, score: ranked.score });
  }
  return misses.sort((a, b) => a.wouldRank - b.wouldRank || (a.id < b.id ? -1 : 1));
}
