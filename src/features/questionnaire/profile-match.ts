import type { Profile } from '@/domain/schemas';

type ProfileBody = Pick<Profile, 'environment' | 'weights' | 'mustHave'>;

function sameEnvironment(a: ProfileBody['environment'], b: ProfileBody['environment']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof typeof a)[]);
  return [...keys].every((key) => a[key] === b[key]);
}

/** A weight of 0 and a missing weight both mean "ignored". */
function sameWeights(a: ProfileBody['weights'], b: ProfileBody['weights']): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => (a[key as keyof typeof a] ?? 0) === (b[key as keyof typeof b] ?? 0));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a);
  const setB = new Set(b);
  return setA.size === setB.size && [...setA].every((x) => setB.has(x));
}

/** True when two profiles ask for exactly the same thing (order and zero weights aside). */
export function profilesMatch(a: ProfileBody, b: ProfileBody): boolean {
  return (
    sameEnvironment(a.environment, b.environment) &&
    sameWeights(a.weights, b.weights) &&
    sameSet(a.mustHave, b.mustHave)
  );
}
