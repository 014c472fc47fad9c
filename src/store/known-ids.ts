import type { Knowledge } from '@/domain/knowledge';
import { parseProfile, printable } from '@/domain/profile';
import type { PersistedState } from './persisted-state';

type IdFields = Pick<PersistedState, 'weights' | 'mustHave' | 'choices' | 'compared'>;

const shownId = (id: string): string => printable(JSON.stringify(id.slice(0, 60)));

/**
 * Ids in a stored state that the knowledge base does not know: criteria in the weights and
 * must-haves, options in the team's choices and the comparison. The profile's ids are checked by
 * the same parser as every other profile; `kept` is the state's ids without the unknown ones.
 */
export function unknownIds(state: PersistedState, kb: Knowledge): { problems: string[]; kept: IdFields } {
  const result = parseProfile(
    {
      version: 1,
      environment: state.environment,
      weights: state.weights,
      mustHave: state.mustHave,
      includeUnmaintained: state.includeUnmaintained,
      choices: state.choices,
    },
    kb,
  );
  const problems = result.ok ? [] : [...result.problems];
  state.compared.forEach((id, i) => {
    if (!kb.optionById.has(id)) problems.push(`compared[${i}]: unknown option id (value: ${shownId(id)})`);
  });
  const knownCriterion = (id: string): boolean => kb.criterionById.has(id);
  return {
    problems,
    kept: {
      weights: Object.fromEntries(Object.entries(state.weights).filter(([id]) => knownCriterion(id))),
      mustHave: state.mustHave.filter(knownCriterion),
      choices: Object.fromEntries(
        Object.entries(state.choices).filter(
          ([category, id]) => kb.optionById.get(id ?? '')?.category === category,
        ),
      ),
      compared: state.compared.filter((id) => kb.optionById.has(id)),
    },
  };
}
