import { useMessages, useOrchestratorName } from '@/ui';
import type { ConditionWords, OrchestratorName } from './describe-condition';
import { optionMessages } from './messages';

/** The current language's condition words plus orchestrator display names from the knowledge base. */
export function useConditionWords(): { words: ConditionWords; name: OrchestratorName } {
  const t = useMessages(optionMessages);
  const name = useOrchestratorName();
  return { words: t, name };
}
