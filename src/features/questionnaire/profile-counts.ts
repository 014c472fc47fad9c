import type { Criterion, Profile } from '@/domain/schemas';

type ProfileBody = Pick<Profile, 'environment' | 'weights' | 'mustHave'>;

export interface ProfileCounts {
  weighted: number;
  mustHave: number;
  known: number;
}

const isWeighted = (weights: Profile['weights'], id: Criterion['id']): boolean => (weights[id] ?? 0) > 0;

/** How much of the profile is filled in, for the summary line. */
export function countProfile(profile: ProfileBody): ProfileCounts {
  return {
    weighted: Object.values(profile.weights).filter((w) => w > 0).length,
    mustHave: new Set(profile.mustHave).size,
    known: Object.values(profile.environment).filter((v) => v !== undefined).length,
  };
}

/** Weighted criteria and must-haves among one category's criteria. */
export function countCategory(
  criteria: readonly Criterion[],
  weights: Profile['weights'],
  mustHave: Profile['mustHave'],
): Omit<ProfileCounts, 'known'> {
  return {
    weighted: criteria.filter((c) => isWeighted(weights, c.id)).length,
    mustHave: criteria.filter((c) => mustHave.includes(c.id)).length,
  };
}
