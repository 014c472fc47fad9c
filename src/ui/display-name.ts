import { useCallback } from 'react';
import { displayName } from '@/domain/knowledge';
import { orchestratorName } from '@/words';
import { useLanguage } from './i18n';
import { useKnowledge } from '@/knowledge-context';

/** An option as views hold it: a knowledge entry, a ranked or excluded option, or only its id. */
export type OptionRef = string | { readonly id: string; readonly name: string };

/**
 * Names options in the current language ("Calico（BGP，无封装）"); rankings carry only the
 * canonical name, so the entry is looked up by id. An id the knowledge lacks is shown as given.
 */
export function useOptionName(): (option: OptionRef) => string {
  const { kb } = useKnowledge();
  const language = useLanguage();
  return useCallback(
    (option: OptionRef) => {
      const id = typeof option === 'string' ? option : option.id;
      const entry = kb.optionById.get(id);
      if (entry) return displayName(entry, language);
      return typeof option === 'string' ? option : option.name;
    },
    [kb, language],
  );
}

/** Names orchestrators in the current language ("Docker Engine only" → "仅 Docker Engine"). */
export function useOrchestratorName(): (id: string) => string {
  const { kb } = useKnowledge();
  const language = useLanguage();
  return useCallback((id: string) => orchestratorName(kb.environment, id, language), [kb, language]);
}
