import { createContext, useContext } from 'react';

/** How the full knowledge base is loading: `failure` is the reason it did not, `retry` loads it again. */
export interface KnowledgeLoad {
  failure: string | undefined;
  retry: () => void;
}

export const KnowledgeLoadContext = createContext<KnowledgeLoad>({
  failure: undefined,
  retry: () => undefined,
});

export const useKnowledgeLoad = (): KnowledgeLoad => useContext(KnowledgeLoadContext);
