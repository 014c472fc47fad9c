import { createContext, useContext, useEffect } from 'react';
import type { Knowledge } from '@/domain/knowledge';

export interface KnowledgeState {
  kb: Knowledge;
  /**
   * Inside a view: everything the view shows is loaded. Around the views: the scoring data is
   * loaded, so option and criterion ids can be checked.
   */
  complete: boolean;
}

export const KnowledgeContext = createContext<KnowledgeState | undefined>(undefined);

export function useKnowledge(): KnowledgeState {
  const state = useContext(KnowledgeContext);
  if (!state) throw new Error('useKnowledge needs a KnowledgeContext provider');
  return state;
}

/**
 * A part of the knowledge base a component shows: `scoring` (options, figures, rules), `cases`,
 * `quotes`, `sources:<group>` (`sources:all` for every source) or `text:<key>` — the current
 * language's text of a group (`core`, a category, `benchmarks`, `cases`, `rules`), with `.detail`
 * for options' per-criterion evidence, pros and cons.
 */
export type KnowledgeNeed = string;

export interface KnowledgeNeeds {
  /** Starts loading whatever of `needs` is missing. */
  request: (needs: readonly KnowledgeNeed[]) => void;
  has: (needs: readonly KnowledgeNeed[]) => boolean;
}

// Without a loader (tests, tools) the knowledge base given is all there is.
export const KnowledgeNeedsContext = createContext<KnowledgeNeeds>({
  request: () => undefined,
  has: () => true,
});

/** Loads `needs` if they are not there yet; true once they all are. */
export function useKnowledgeNeeds(needs: readonly KnowledgeNeed[]): boolean {
  const loader = useContext(KnowledgeNeedsContext);
  const key = needs.join(' ');
  useEffect(() => {
    if (key) loader.request(key.split(' '));
  }, [loader, key]);
  // Reading the state through the context keeps this in step with each new knowledge base.
  useKnowledge();
  return loader.has(needs);
}
