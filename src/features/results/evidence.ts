import type { Knowledge } from '@/domain/knowledge';
import type { CriterionId, EnvMatch, Environment, EnvironmentKey, Level } from '@/domain/schemas';
import {
  resolveValue,
  type RankedOption,
  type ResolvedValue,
  type WeightedCriterion,
} from '@/domain/scoring';

export interface EvidenceRow {
  criterion: CriterionId;
  weight: number;
  /** The level the engine scored with. */
  level: Level;
  contribution: number;
  /** The value behind the level; undefined only if the knowledge base lacks it. */
  resolved: ResolvedValue | undefined;
  /** The environment condition that made `resolved` apply, when it is not the base value. */
  condition: EnvMatch | undefined;
  /** Environment keys whose absence made the engine fall back to the base value. */
  unknownKeys: EnvironmentKey[];
}

/** The evidence behind each weighted criterion of one ranked option, resolved for the environment. */
export function toEvidenceRows(
  kb: Knowledge,
  option: RankedOption,
  criteria: readonly WeightedCriterion[],
  environment: Environment,
): EvidenceRow[] {
  const values = kb.optionById.get(option.id)?.values;
  return criteria.map(({ criterion, weight }, index) => {
    const value = values?.[criterion];
    const unknownKeys = new Set<EnvironmentKey>();
    const resolved = value ? resolveValue(value, environment, (key) => unknownKeys.add(key)) : undefined;
    const condition =
      value && resolved?.conditionIndex !== undefined ? value.when?.[resolved.conditionIndex]?.if : undefined;
    return {
      criterion,
      weight,
      level: option.levels[index] ?? resolved?.level ?? 0,
      contribution: option.contributions[index] ?? 0,
      resolved,
      condition,
      unknownKeys: condition ? [] : [...unknownKeys],
    };
  });
}
