import type { Knowledge } from '../knowledge';
import type { CaseStudy, CategoryId, OptionId, Profile } from '../schemas';
import { rank, type ExclusionReason, type Method, type Ranking } from '../scoring';

/** How well one layer of a company's stack suits the profile: its best option in our ranking. */
export interface LayerFit {
  category: CategoryId;
  /** The layer's best-scoring feasible option, or its first listed option when all are excluded. */
  optionId: OptionId;
  /** That option's score in [0, 1]; 0 when every option of the layer is excluded. */
  score: number;
  excluded: boolean;
  /** 1-based place of the option in the category's ranking; undefined when excluded. */
  position: number | undefined;
  /** How many options of the category are feasible for the profile. */
  feasible: number;
  /** Why the option is excluded; empty when it is feasible. */
  reasons: readonly ExclusionReason[];
}

export interface CaseFit {
  /** Mean of the layer scores; undefined when no layer names an option of the knowledge base. */
  fit: number | undefined;
  /** One entry per layer that names options, in stack order. */
  layers: LayerFit[];
}

/** Ranks every category that some study's stack uses, once each. */
export function rankStackCategories(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  studies: readonly CaseStudy[] = kb.caseStudies,
): ReadonlyMap<CategoryId, Ranking> {
  const rankings = new Map<CategoryId, Ranking>();
  for (const study of studies) {
    for (const layer of study.stack) {
      if (layer.options.length === 0 || rankings.has(layer.category)) continue;
      rankings.set(layer.category, rank(kb, profile, { category: layer.category, method }));
    }
  }
  return rankings;
}

function layerFit(
  category: CategoryId,
  options: readonly OptionId[],
  ranking: Ranking,
): LayerFit | undefined {
  const feasible = ranking.ranking.length;
  // The ranking is sorted best first, so the first listed option found in it is the layer's best.
  const position = ranking.ranking.findIndex((r) => options.includes(r.id));
  const best = ranking.ranking[position];
  if (best) {
    return {
      category,
      optionId: best.id,
      score: best.score,
      excluded: false,
      position: position + 1,
      feasible,
      reasons: [],
    };
  }
  const first = options[0];
  if (first === undefined) return undefined;
  const reasons = ranking.excluded.find((e) => e.id === first)?.reasons ?? [];
  return { category, optionId: first, score: 0, excluded: true, position: undefined, feasible, reasons };
}

/** A study's fit for the profile, with the per-layer breakdown that explains it. */
export function caseFit(study: CaseStudy, rankings: ReadonlyMap<CategoryId, Ranking>): CaseFit {
  const layers: LayerFit[] = [];
  for (const layer of study.stack) {
    const ranking = rankings.get(layer.category);
    if (layer.options.length === 0 || !ranking) continue;
    const fit = layerFit(layer.category, layer.options, ranking);
    if (fit) layers.push(fit);
  }
  const fit = layers.length === 0 ? undefined : layers.reduce((sum, l) => sum + l.score, 0) / layers.length;
  return { fit, layers };
}

/** Every study's fit, keyed by study id; each category is ranked only once. */
export function caseFits(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  studies: readonly CaseStudy[] = kb.caseStudies,
): ReadonlyMap<string, CaseFit> {
  const rankings = rankStackCategories(kb, profile, method, studies);
  return new Map(studies.map((study) => [study.id, caseFit(study, rankings)]));
}
