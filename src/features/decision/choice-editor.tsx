import { useId } from 'react';
import { MAX_RATIONALE, type CategoryDecision } from '@/domain/decision';
import type { OptionId } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { messages } from './messages';

/**
 * One layer of the record: the option chosen (the stack's pick until the team chooses; a change
 * is recorded as the team's choice and the rest of the stack re-optimises) and why.
 */
export function ChoiceEditor({ decision }: { decision: CategoryDecision }) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const optionName = useOptionName();
  const { category, chosen, considered, refusedChoice } = decision;
  const choice = useAppStore((s) => s.choices[category]);
  const rationale = useAppStore((s) => s.rationales[category] ?? '');
  const setChoice = useAppStore((s) => s.setChoice);
  const setRationale = useAppStore((s) => s.setRationale);
  const selectId = useId();
  const textId = useId();
  const name = kb.categories.find((c) => c.id === category)?.name;
  const stackPick = chosen?.origin === 'stack' ? chosen.members.map(optionName).join(' + ') : undefined;
  return (
    <fieldset className="decision-choice">
      <legend>{name ? localize(name) : category}</legend>
      {considered.length === 0 && !refusedChoice ? (
        <p className="muted">{t.noOption}</p>
      ) : (
        <div className="decision-field">
          <label htmlFor={selectId}>{t.choiceLabel}</label>
          <select
            id={selectId}
            value={choice ?? ''}
            onChange={(e) =>
              setChoice(category, e.target.value === '' ? undefined : (e.target.value as OptionId))
            }
          >
            <option value="">
              {stackPick ? format(t.followStack, { name: stackPick }) : t.followStackPinned}
            </option>
            {considered.map((o) => (
              <option key={o.id} value={o.id}>
                {format(t.optionEntry, {
                  rank: o.rank,
                  name: o.members.map(optionName).join(' + '),
                  score: o.score.toFixed(2),
                })}
              </option>
            ))}
            {refusedChoice ? (
              <option value={refusedChoice.id}>
                {format(t.excludedEntry, {
                  name: optionName(refusedChoice.id),
                })}
              </option>
            ) : null}
          </select>
        </div>
      )}
      <div className="decision-field">
        <label htmlFor={textId}>{t.rationaleLabel}</label>
        <textarea
          id={textId}
          rows={3}
          maxLength={MAX_RATIONALE}
          value={rationale}
          onChange={(e) => setRationale(category, e.target.value)}
        />
      </div>
    </fieldset>
  );
}
