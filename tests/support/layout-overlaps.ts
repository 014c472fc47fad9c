import type { Layout } from '../../src/domain/diagram';

/** Every pair of boxes in a diagram layout that overlap, as "a × b". */
export function overlaps(layout: Layout): string[] {
  const found: string[] = [];
  layout.boxes.forEach((a, i) =>
    layout.boxes.slice(i + 1).forEach((b) => {
      const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
      if (!apart) found.push(`${a.key} × ${b.key}`);
    }),
  );
  return found;
}
