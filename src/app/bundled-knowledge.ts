import { loadKnowledge, type Knowledge, type RawFile } from '@/domain/knowledge';

// Vite inlines every knowledge file at build time; the same loader validates them as in the CLI.
const modules = import.meta.glob<unknown>('../../data/**/*.json', { eager: true, import: 'default' });

export function bundledKnowledge(): Knowledge {
  const files: RawFile[] = Object.entries(modules).map(([path, data]) => ({
    path: path.replace(/^\.\.\/\.\.\/data\//, ''),
    data,
  }));
  return loadKnowledge(files);
}
