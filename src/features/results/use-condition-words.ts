import { useMemo } from 'react';
import { useKnowledge } from '@/knowledge-context';
import { format, useLanguage, useMessages, useOrchestratorName } from '@/ui';
import type { ConditionWords } from './condition-text';
import { resultsMessages } from './messages';

/** Questionnaire labels and orchestrator names from the knowledge base, the rest from our messages. */
export function useConditionWords(): ConditionWords {
  const { kb } = useKnowledge();
  const language = useLanguage();
  const t = useMessages(resultsMessages);
  const orchestratorName = useOrchestratorName();
  return useMemo(
    () => ({
      label: (key) => kb.environment.questions.find((q) => q.key === key)?.label[language] ?? key,
      yes: t.yes,
      no: t.no,
      orchestrator: orchestratorName,
      cloud: (id) => t[id],
      atLeast: (version) => format(t.atLeast, { version }),
    }),
    [kb, language, t, orchestratorName],
  );
}
