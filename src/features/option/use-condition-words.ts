import { useKnowledge, useMessages } from '@/ui';
import type { Orchestrator } from '@/domain/schemas';
import type { ConditionWords, OrchestratorName } from './describe-condition';
import { optionMessages } from './messages';

/** The current language's condition words plus orchestrator display names from the knowledge base. */
export function useConditionWords(): { words: ConditionWords; name: OrchestratorName } {
  const t = useMessages(optionMessages);
  const { kb } = useKnowledge();
  const name = (id: Orchestrator) => kb.environment.orchestrators.find((o) => o.id === id)?.name ?? id;
  return { words: t, name };
}
