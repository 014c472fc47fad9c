import { useMemo } from 'react';
import type { EnvMatch } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { useLanguage, useMessages } from '@/ui';
import { describeAnyOf, describeMatch, type ConditionWords } from './describe-condition';
import { messages } from './messages';

/** Environment conditions in the current language, worded like the questionnaire. */
export function useConditionText() {
  const { kb } = useKnowledge();
  const lang = useLanguage();
  const t = useMessages(messages);
  return useMemo(() => {
    const words: ConditionWords = {
      yes: t.yes,
      no: t.no,
      or: t.or,
      and: t.and,
      clouds: {
        public: t.cloudPublic,
        private: t.cloudPrivate,
        hybrid: t.cloudHybrid,
        'bare-metal': t.cloudBareMetal,
      },
    };
    return {
      match: (match: EnvMatch) => describeMatch(match, kb.environment, lang, words),
      anyOf: (matches: readonly EnvMatch[]) => describeAnyOf(matches, kb.environment, lang, words),
    };
  }, [kb, lang, t]);
}
