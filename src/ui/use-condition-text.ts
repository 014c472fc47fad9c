import { useMemo } from 'react';
import type { EnvMatch } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { describeAlternatives, describeCondition } from '@/words';
import { useLanguage } from './i18n';

/** Environment conditions in the current language, in the questionnaire's words (see src/words/condition). */
export function useConditionText() {
  const { kb } = useKnowledge();
  const language = useLanguage();
  return useMemo(
    () => ({
      condition: (match: EnvMatch) => describeCondition(match, kb.environment, language),
      alternatives: (matches: readonly EnvMatch[]) => describeAlternatives(matches, kb.environment, language),
    }),
    [kb, language],
  );
}
