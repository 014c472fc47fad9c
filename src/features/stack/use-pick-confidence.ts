import { useEffect, useState } from 'react';
import type { CategoryId, Profile } from '@/domain/schemas';
import { DEFAULT_SEED, rankAcceptability } from '@/domain/sensitivity';
import { pipelineAcceptability, pipelineKey, type Stack } from '@/domain/stack';
import { useKnowledge } from '@/knowledge-context';

/** Fewer draws than the results page: nine categories at once, and two digits are enough here. */
export const PICK_SAMPLES = 2000;

/**
 * For each pick, the share of weight draws in which it ranks first in its category — among
 * pipelines for logging and monitoring — computed after the stack is on screen.
 */
export function usePickConfidence(
  stack: Stack | undefined,
  profile: Profile,
): ReadonlyMap<CategoryId, number> | undefined {
  const { kb } = useKnowledge();
  const [result, setResult] = useState<{ for: Stack; shares: Map<CategoryId, number> }>();
  useEffect(() => {
    if (!stack) return;
    const timer = setTimeout(() => {
      const shares = new Map<CategoryId, number>();
      for (const pick of stack.picks) {
        const ranking = stack.rankings.get(pick.category);
        if (!ranking) continue;
        if (pick.pipeline) {
          const pipelines = pipelineAcceptability(kb, profile, ranking, PICK_SAMPLES, DEFAULT_SEED);
          shares.set(pick.category, pipelines?.get(pipelineKey(pick.pipeline)) ?? 0);
          continue;
        }
        const own = rankAcceptability(ranking, PICK_SAMPLES, DEFAULT_SEED).options.find(
          (o) => o.id === pick.option.id,
        );
        shares.set(pick.category, own?.ranks[0] ?? 0);
      }
      setResult({ for: stack, shares });
    }, 0);
    return () => clearTimeout(timer);
  }, [kb, profile, stack]);
  return result && result.for === stack ? result.shares : undefined;
}
