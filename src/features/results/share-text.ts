/** A share of samples with honest digits: whole percents, never "0%" or "100%" for what merely rounds there. */
export function shareText(share: number): string {
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.005) return '<1%';
  if (share >= 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}

/** A weight bound, one decimal: the interval is exact, the reader needs no more. */
export const weightText = (w: number): string => (Math.round(w * 10) / 10).toString();
