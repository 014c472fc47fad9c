import type { CriteriaFile, Overlay, Solution } from '../schemas';
import { factKey } from './applied';
import { refuse, writable, type Merge } from './merge';

/** Option id → its path under data/, as the merge has the options now (the overlay's included). */
function optionPaths(merge: Merge): Map<string, string> {
  const paths = new Map<string, string>();
  for (const path of merge.files.keys()) {
    const match = /^solutions\/[^/]+\/([^/]+)\.json$/.exec(path);
    if (match?.[1]) paths.set(match[1], path);
  }
  return paths;
}

/** Marks where a patched field comes from, for the loader's messages about it. */
function noteOrigin(merge: Merge, path: string, field: string, at: string): void {
  merge.origin.set(`${path}: ${field}`, at);
}

/** Sets single values of options, each with its source; replacing one needs `override`. */
export function mergeValues(merge: Merge, overlay: Overlay): void {
  const paths = optionPaths(merge);
  const criteria = (merge.files.get('criteria.json') as CriteriaFile | undefined)?.criteria ?? [];
  const seen = new Set<string>();
  (overlay.values ?? []).forEach((patch, i) => {
    const at = `values[${i}]`;
    const path = paths.get(patch.option);
    if (!path) return refuse(merge, `${at}.option`, 'unknown option', patch.option);
    const option = merge.files.get(path) as Solution;
    const criterion = criteria.find((c) => c.id === patch.criterion);
    if (!criterion) return refuse(merge, `${at}.criterion`, 'unknown criterion', patch.criterion);
    if (!criterion.categories.includes(option.category))
      return refuse(
        merge,
        `${at}.criterion`,
        `does not apply to ${option.category} options`,
        patch.criterion,
      );
    const key = factKey('value', patch.option, patch.criterion);
    if (seen.has(key)) return refuse(merge, at, `"${patch.option}" / "${patch.criterion}" is given twice`);
    seen.add(key);
    const exists = option.values[patch.criterion] !== undefined;
    if (exists && patch.override !== true)
      return refuse(
        merge,
        `${at}.override`,
        `"${patch.option}" already has a ${patch.criterion} value; add "override": true to replace it`,
        undefined,
      );
    if (!exists && patch.override === true)
      return refuse(
        merge,
        `${at}.override`,
        `"${patch.option}" has no ${patch.criterion} value to replace; leave "override" out`,
        true,
      );
    writable<Solution>(merge, path).values[patch.criterion] = patch.value;
    noteOrigin(merge, path, `values.${patch.criterion}`, `${at}.value`);
    merge.facts.set(key, {
      kind: 'value',
      change: exists ? 'overridden' : 'added',
      id: patch.option,
      criterion: patch.criterion,
    });
  });
}

/** Replaces maintenance statuses (a project archived last week); always an `override`. */
export function mergeStatuses(merge: Merge, overlay: Overlay): void {
  const paths = optionPaths(merge);
  const seen = new Set<string>();
  (overlay.statuses ?? []).forEach((patch, i) => {
    const at = `statuses[${i}]`;
    const path = paths.get(patch.option);
    if (!path) return refuse(merge, `${at}.option`, 'unknown option', patch.option);
    if (seen.has(patch.option))
      return refuse(merge, `${at}.option`, 'given twice in this overlay', patch.option);
    seen.add(patch.option);
    if (patch.override !== true)
      return refuse(
        merge,
        `${at}.override`,
        `replaces the status of "${patch.option}"; add "override": true`,
        patch.override,
      );
    writable<Solution>(merge, path).status = patch.status;
    noteOrigin(merge, path, 'status', `${at}.status`);
    merge.facts.set(factKey('status', patch.option), {
      kind: 'status',
      change: 'overridden',
      id: patch.option,
    });
  });
}
