import { useId } from 'react';
import { useKnowledge } from '@/knowledge-context';
import { useMessages } from '@/ui';
import { EnvironmentQuestion } from './environment-question';
import { messages } from './messages';

export function EnvironmentSection() {
  const t = useMessages(messages);
  const { kb } = useKnowledge();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="questionnaire-section">
      <h2 id={headingId}>{t.environmentHeading}</h2>
      <div className="questionnaire-questions">
        {kb.environment.questions.map((question) => (
          <EnvironmentQuestion key={question.key} question={question} />
        ))}
      </div>
    </section>
  );
}
