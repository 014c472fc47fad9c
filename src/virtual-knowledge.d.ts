declare module 'virtual:knowledge/core' {
  /** Skeletons of criteria.json, environment.json and the presets (text in per-language parts). */
  export const files: { path: string; data: unknown }[];
  export const stats: { options: number; sources: number; date: string };
}
declare module 'virtual:knowledge/loaders' {
  /** Part name → a loader of its chunk: scoring, cases, quotes, sources/<group>, text/<language>/<key>. */
  const loaders: Record<string, () => Promise<unknown>>;
  export default loaders;
}
