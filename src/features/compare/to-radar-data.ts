import type { Criterion, Environment, Profile, Solution } from '@/domain/schemas';
import { resolveValue } from '@/domain/scoring';

/** One axis of the chart: the criterion, its name and each option's level keyed by option id. */
export interface RadarRow {
  criterion: string;
  name: string;
  [optionId: string]: string | number;
}

/** Above this many axes a radar becomes unreadable, so the weighted criteria are preferred. */
export const RADAR_MAX_AXES = 8;

/** Above this many axes the bar chart is shown first: a radar's labels would crowd each other. */
export const RADAR_MAX_READABLE = 10;

/** All criteria when they fit; otherwise the weighted ones if there are at least three (a radar needs three axes). */
export function pickRadarCriteria(
  criteria: readonly Criterion[],
  weights: Profile['weights'],
): readonly Criterion[] {
  if (criteria.length <= RADAR_MAX_AXES) return criteria;
  const weighted = criteria.filter((c) => (weights[c.id] ?? 0) > 0);
  return weighted.length >= 3 ? weighted : criteria;
}

/**
 * Axis labels must stay short (the chart wraps them onto two lines, the full name in a tooltip):
 * drops a " / alias" or "(detail)" and truncates with an ellipsis.
 */
export function shortName(name: string, max = 24): string {
  const base = (name.split(' / ')[0] ?? name).replace(/\s*[(（].*$/, '').trim() || name;
  if (base.length <= max) return base;
  const cut = base.slice(0, max - 1);
  // Prefer a word boundary; scripts without spaces (Chinese) are cut by character.
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Options × criteria → recharts rows; each level is resolved for the user's environment. */
export function toRadarData(
  options: readonly Solution[],
  criteria: readonly Criterion[],
  environment: Environment,
  nameOf: (criterion: Criterion) => string,
  valueOf: (option: Solution['id'], criterion: string) => number | undefined = () => undefined,
): RadarRow[] {
  return criteria.map((criterion) => {
    const row: RadarRow = { criterion: criterion.id, name: nameOf(criterion) };
    for (const option of options) {
      const value = option.values[criterion.id];
      // A missing value is drawn at the centre rather than dropping the axis for everyone.
      row[option.id] = value
        ? (valueOf(option.id, criterion.id) ?? resolveValue(value, environment).level)
        : 0;
    }
    return row;
  });
}
