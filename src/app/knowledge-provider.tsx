import { useEffect, useState, type ReactNode } from 'react';
import coreFiles from 'virtual:knowledge-core';
import { loadKnowledge } from '@/domain/knowledge';
import { KnowledgeContext, type KnowledgeState } from '@/ui';

// The core (criteria, environment questions, presets) is enough for the questionnaire on first
// paint; the full knowledge (options, evidence, case studies, benchmarks) is a separate chunk
// fetched right after.
const core: KnowledgeState = { kb: loadKnowledge(coreFiles), complete: false };

export function KnowledgeProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<KnowledgeState>(core);
  useEffect(() => {
    let cancelled = false;
    void import('virtual:knowledge-full').then(({ default: files }) => {
      if (!cancelled) setState({ kb: loadKnowledge(files), complete: true });
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return <KnowledgeContext.Provider value={state}>{children}</KnowledgeContext.Provider>;
}
