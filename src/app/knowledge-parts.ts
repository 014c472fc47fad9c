import { hydrateFiles } from '@/domain/knowledge/hydrate';
import { trustedKnowledge } from '@/domain/knowledge/index-knowledge';
import type { Knowledge, RawFile } from '@/domain/knowledge/knowledge';
import type { TextTable } from '@/domain/knowledge/split';
import type { Language } from '@/domain/schemas/i18n';
import type { KnowledgeNeed } from '@/knowledge-context';
import { importAgain } from './import-again';

export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const isFileList = (x: unknown): boolean =>
  Array.isArray(x) &&
  x.every(
    (f) =>
      typeof (f as { path?: unknown }).path === 'string' &&
      typeof (f as { data?: unknown }).data === 'object',
  );

/**
 * What a part must look like to be put together: its content was validated at build time, so this
 * only catches a chunk that arrived damaged or from another build.
 */
function checkPart(part: string, content: unknown): void {
  const ok = part.startsWith('text/')
    ? Array.isArray((content as TextTable | null)?.t) && Array.isArray((content as TextTable | null)?.r)
    : part === 'quotes'
      ? Array.isArray(content) && content.every((q) => typeof q === 'string')
      : isFileList(content);
  if (!ok) throw new Error(`knowledge part "${part}" is malformed: not what this build wrote`);
}

/** The chunk a need stands for in `language`, and the skeleton its text is put into. */
function partsOf(need: KnowledgeNeed, language: Language): string[] {
  if (need.startsWith('text:')) {
    const key = need.slice(5);
    const group = key.split('.')[0];
    const text = `text/${language}/${key}`;
    return group === 'core' ? [text] : [group === 'cases' ? 'cases' : 'scoring', text];
  }
  if (need.startsWith('sources:')) return [`sources/${need.slice(8)}`];
  return [need];
}

/**
 * The knowledge base as the browser loads it: the core skeleton at hand, every other part fetched
 * once on demand, and a knowledge base assembled from what has arrived, in one language.
 */
export class KnowledgeParts {
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Set<string>();
  private readonly failed = new Map<string, string>();
  /** Why each part failed last, kept across a retry so the retry can ask for the file anew. */
  private readonly lastFailure = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private assembled:
    { version: number; language: Language; files: readonly RawFile[]; kb: Knowledge | undefined } | undefined;
  private readonly hydrated = new Map<RawFile, { key: string; file: RawFile }>();
  /** Bumped whenever a part arrives or fails. */
  version = 0;

  private readonly loaders: Loaders;
  private readonly core: readonly RawFile[];

  constructor(loaders: Loaders, core: readonly RawFile[]) {
    this.loaders = loaders;
    this.core = core;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private changed(): void {
    this.version += 1;
    for (const listener of [...this.listeners]) listener();
  }

  /** Parts the build has; a need with no part (a group without text) counts as loaded. */
  private missing(needs: readonly KnowledgeNeed[], language: Language): string[] {
    const parts = needs.flatMap((need) => partsOf(need, language));
    return [...new Set(parts)].filter((part) => part in this.loaders && !this.loaded.has(part));
  }

  has(needs: readonly KnowledgeNeed[], language: Language): boolean {
    return this.missing(needs, language).length === 0;
  }

  request(needs: readonly KnowledgeNeed[], language: Language): void {
    for (const part of this.missing(needs, language)) {
      if (this.pending.has(part) || this.failed.has(part)) continue;
      this.pending.add(part);
      const before = this.lastFailure.get(part);
      const again = before === undefined ? undefined : importAgain(before)?.then((m) => m.default);
      void (again ?? (this.loaders[part] as () => Promise<unknown>)()).then(
        (content) => {
          this.pending.delete(part);
          try {
            checkPart(part, content);
            this.loaded.set(part, content);
            this.lastFailure.delete(part);
          } catch (error) {
            this.failed.set(part, messageOf(error));
          }
          this.changed();
        },
        (error: unknown) => {
          this.pending.delete(part);
          this.failed.set(part, messageOf(error));
          this.lastFailure.set(part, messageOf(error));
          this.changed();
        },
      );
    }
  }

  /** Why a part did not load, while any has not. */
  failure(): string | undefined {
    return this.failed.values().next().value;
  }

  /** Loads every failed part again. */
  retry = (): void => {
    const parts = [...this.failed.keys()];
    this.failed.clear();
    this.changed();
    this.request(parts, 'en');
  };

  /** The text needs loaded in any language: what a language switch has to load again. */
  textNeeds(): KnowledgeNeed[] {
    const keys = [...this.loaded.keys()].filter((p) => p.startsWith('text/'));
    return [...new Set(keys.map((p) => `text:${p.split('/')[2] ?? ''}`))];
  }

  /** The files of every part loaded so far, their text in `language` (the same array until a part arrives). */
  files(language: Language): readonly RawFile[] {
    const cached = this.assembled;
    if (cached && cached.version === this.version && cached.language === language) return cached.files;
    const skeletons = [
      ...this.core,
      ...((this.loaded.get('scoring') as RawFile[] | undefined) ?? []),
      ...((this.loaded.get('cases') as RawFile[] | undefined) ?? []),
    ];
    const sources = new Map<string, RawFile>();
    for (const [part, content] of this.loaded) {
      if (part.startsWith('sources/')) for (const file of content as RawFile[]) sources.set(file.path, file);
    }
    const hydrated = hydrateFiles(
      skeletons,
      {
        language,
        table: (key) => this.loaded.get(`text/${language}/${key}`) as TextTable | undefined,
        quotes: this.loaded.get('quotes') as string[] | undefined,
      },
      this.hydrated,
    );
    const files = [...hydrated, ...sources.values()];
    this.assembled = { version: this.version, language, files, kb: undefined };
    return files;
  }

  /** The knowledge base of every part loaded so far, its text in `language`. */
  knowledge(language: Language): Knowledge {
    const files = this.files(language);
    const assembled = this.assembled as NonNullable<typeof this.assembled>;
    assembled.kb ??= trustedKnowledge(files);
    return assembled.kb;
  }
}
