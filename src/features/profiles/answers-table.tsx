import { clouds, type Cloud } from '@/domain/schemas';
import { useKnowledge } from '@/knowledge-context';
import { format, useLanguage, useLocalize, useMessages, useOptionName, useOrchestratorName } from '@/ui';
import { cloudName } from '@/words';
import type { AnswerDiff } from './diff-answers';
import { profilesMessages } from './messages';

/** The answers on which the two profiles differ, one row each, in the questionnaire's words. */
export function AnswersTable({ answers }: { answers: readonly AnswerDiff[] }) {
  const t = useMessages(profilesMessages);
  const localize = useLocalize();
  const language = useLanguage();
  const { kb } = useKnowledge();
  const optionName = useOptionName();
  const orchestratorName = useOrchestratorName();
  const criterion = (id: string) => {
    const c = kb.criterionById.get(id);
    return c ? localize(c.name) : id;
  };
  const category = (id: string) => {
    const c = kb.categories.find((x) => x.id === id);
    return c ? localize(c.name) : id;
  };
  const fact = (value: unknown): string => {
    if (value === undefined) return t.unknown;
    if (typeof value === 'boolean') return value ? t.yes : t.no;
    const orchestrator = kb.environment.orchestrators.find((o) => o.id === value);
    if (orchestrator) return orchestratorName(orchestrator.id);
    return clouds.includes(value as Cloud) ? cloudName(value as Cloud, language) : String(value);
  };
  const label = (d: AnswerDiff): string => {
    switch (d.kind) {
      case 'environment': {
        const q = kb.environment.questions.find((x) => x.key === d.key);
        return q ? localize(q.label) : d.key;
      }
      case 'weight':
        return format(t.rowWeight, { criterion: criterion(d.criterion) });
      case 'mustHave':
        return format(t.rowMustHave, { criterion: criterion(d.criterion) });
      case 'method':
        return t.rowMethod;
      case 'includeUnmaintained':
        return t.rowUnmaintained;
      case 'choice':
        return format(t.rowChoice, { category: category(d.category) });
    }
  };
  const shown = (d: AnswerDiff, value: AnswerDiff['mine']): string => {
    if (d.kind === 'weight') return String(value);
    if (d.kind === 'method') return t[value as 'weighted' | 'topsis'];
    if (d.kind === 'choice') return value === undefined ? t.noChoice : optionName(String(value));
    return fact(value);
  };
  if (answers.length === 0) return <p className="muted">{t.answersSame}</p>;
  return (
    <div className="table-scroll">
      <table className="profiles-table">
        <caption>{t.answersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colAnswer}</th>
            <th scope="col">{t.colMine}</th>
            <th scope="col">{t.colOther}</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((d) => (
            <tr key={label(d)}>
              <th scope="row">{label(d)}</th>
              <td>{shown(d, d.mine)}</td>
              <td>{shown(d, d.other)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
