import type { CategoryId } from '@/domain/schemas';
import { buildHash } from '@/routing';

/** Which view a share link opens: the results of one category, or the comparison. */
export type ShareTarget = CategoryId | 'compare';

/** `base` is origin + path of the app, e.g. "https://host/app/". */
export function shareUrl(base: string, target: ShareTarget, token: string): string {
  const path = target === 'compare' ? ['compare'] : ['results', target];
  return `${base}${buildHash(path, { s: token })}`;
}
