import { createContext, useContext } from 'react';
import type { Knowledge } from '@/domain/knowledge';

export interface KnowledgeState {
  kb: Knowledge;
  /** False while only the core (levels, requirements, sources) is loaded; evidence prose arrives later. */
  complete: boolean;
}

export const KnowledgeContext = createContext<KnowledgeState | undefined>(undefined);

export function useKnowledge(): KnowledgeState {
  const state = useContext(KnowledgeContext);
  if (!state) throw new Error('useKnowledge needs a KnowledgeContext provider');
  return state;
}
