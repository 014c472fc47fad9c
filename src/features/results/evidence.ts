import type { Knowledge } from '@/domain/knowledge';
import type { CriterionId, EnvMatch, EnvironmentKey } from '@/domain/schemas';
import type { Cell, RankedOption, ResolvedValue, WeightedCriterion } from '@/domain/scoring';

export interface EvidenceRow {
  criterion: CriterionId;
  weight: number;
  /** The value the engine scored with (0–4, fractional when measured or ordered by a source). */
  level: number;
  contribution: number;
  /** The judged value behind the level; undefined only if the knowledge base lacks it. */
  resolved: ResolvedValue | undefined;
  /** The environment condition that made `resolved` apply, when it is not the base value. */
  condition: EnvMatch | undefined;
  /** Environment keys whose absence left the value open. */
  unknownKeys: EnvironmentKey[];
  /** What the engine believes: measured figures, ordering sources, plausible range. */
  cell: Cell | undefined;
}

/** The evidence behind each weighted criterion of one ranked option, as the engine resolved it. */
export function toEvidenceRows(
  kb: Knowledge,
  option: RankedOption,
  criteria: readonly WeightedCriterion[],
): EvidenceRow[] {
  const values = kb.optionById.get(option.id)?.values;
  return criteria.map(({ criterion, weight }, index) => {
    const value = values?.[criterion];
    const cell = option.cells[index];
    const entry = cell && cell.conditionIndex >= 0 ? value?.when?.[cell.conditionIndex] : undefined;
    const resolved: ResolvedValue | undefined =
      value && cell
        ? {
            level: cell.judged as ResolvedValue['level'],
            note: entry ? entry.note : value.note,
            source: entry ? entry.source : value.source,
            conditionIndex: entry ? cell.conditionIndex : undefined,
            possibleLevels: cell.possible as ResolvedValue['possibleLevels'],
            unknownKeys: [...cell.unknownKeys],
          }
        : undefined;
    return {
      criterion,
      weight,
      level: option.levels[index] ?? resolved?.level ?? 0,
      contribution: option.contributions[index] ?? 0,
      resolved,
      condition: entry?.if,
      unknownKeys: [...(cell?.unknownKeys ?? [])],
      cell,
    };
  });
}
