import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  css?: string[];
}

/**
 * The files a first visit must load before it can interact with the landing view: the entry chunk,
 * its static imports and CSS, and the landing view's lazy chunk with its static imports. Later
 * dynamic imports (full knowledge, other views) are not counted.
 */
export function firstVisitFiles(outDir: string, landingSrc: string): string[] {
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>(['index.html']);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  visit(landingSrc);
  return [...files];
}

export function gzipSize(
  outDir: string,
  files: readonly string[],
): { file: string; raw: number; gzip: number }[] {
  return files.map((file) => {
    const content = readFileSync(join(outDir, file));
    return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
  });
}
