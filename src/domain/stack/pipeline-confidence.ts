import type { Knowledge } from '../knowledge';
import type { Criterion, OptionId, Profile } from '../schemas';
import { categoryCells, type RankedOption, type Ranking } from '../scoring';
import { rankAcceptability } from '../sensitivity';
import { buildPipelines, type Pipeline } from './pipeline';

/** A pipeline's key: its members' ids, lead first, joined by "+". */
export const pipelineKey = (pipeline: Pick<Pipeline, 'members'>): string =>
  pipeline.members.map((m) => m.option.id).join('+');

/**
 * How often each pipeline of a category ranks first when weights and values vary, as the results
 * page samples single options: each criterion's range is that of the member its value comes from.
 * Keyed by `pipelineKey`; undefined outside logging and monitoring.
 */
export function pipelineAcceptability(
  kb: Knowledge,
  profile: Profile,
  ranking: Ranking,
  samples: number,
  seed: number,
): ReadonlyMap<string, number> | undefined {
  const pipelines = buildPipelines(kb, profile, ranking);
  if (!pipelines) return undefined;
  const criteria = ranking.criteria.map((w) => kb.criterionById.get(w.criterion) as Criterion);
  const table = categoryCells(kb, ranking.category, criteria, profile.environment);
  const options: RankedOption[] = pipelines.map((p) => ({
    id: pipelineKey(p) as OptionId,
    name: pipelineKey(p),
    score: p.score,
    levels: p.values.map((v) => v.level),
    cells: p.values.map(
      (v, i) => table.cells[i]?.[table.optionIndex.get(v.member) as number] as RankedOption['cells'][number],
    ),
    contributions: p.values.map((v) => v.contribution),
    caveats: [],
    state: p.members[0]?.option.status.state ?? 'active',
  }));
  const result = rankAcceptability({ ...ranking, ranking: options }, samples, seed);
  return new Map(result.options.map((o) => [o.id, o.ranks[0] ?? 0]));
}
