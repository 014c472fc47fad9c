import type { DecisionData } from '../../domain/decision';
import { diagramToSvg, layoutDiagram, palettes, stackSpec } from '../../domain/diagram';
import type { Knowledge } from '../../domain/knowledge';
import type { CategoryId, Language } from '../../domain/schemas';
import { buildDiagram } from '../diagram-texts';
import type { RecordDiagram } from './record-block';
import { recordTexts } from './record-texts';

/** The file the Markdown record links its picture to; saved next to it. */
export const RECORD_DIAGRAM_FILE = 'decision-record.svg';

/**
 * The chosen stack drawn as an architecture (light palette: for paper and for a file beside the
 * Markdown), or undefined when no covered category has a chosen option.
 */
export function recordDiagram(
  kb: Knowledge,
  data: DecisionData,
  lang: Language,
  categories: readonly CategoryId[] = data.stackCategories,
): RecordDiagram | undefined {
  const picks = data.categories.flatMap((d) =>
    d.chosen && categories.includes(d.category)
      ? [{ category: d.category, ids: d.chosen.members.map((m) => m.id) }]
      : [],
  );
  if (picks.length === 0) return undefined;
  const diagram = buildDiagram(
    kb,
    stackSpec(recordTexts[lang].diagramTitle, picks, data.profile.environment.hosts),
    lang,
  );
  return {
    file: RECORD_DIAGRAM_FILE,
    svg: diagramToSvg(diagram, layoutDiagram(diagram), palettes.light, 'decision-record'),
  };
}
