import { useId } from 'react';
import {
  cloudSchema,
  clouds,
  hostCountSchema,
  kernelVersionSchema,
  orchestratorSchema,
  type EnvironmentData,
} from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge } from '@/knowledge-context';
import { useLanguage, useLocalize, useMessages, useOrchestratorName } from '@/ui';
import { cloudName } from '@/words';
import { ChoiceField } from './choice-field';
import { ParsedField } from './parsed-field';
import { messages } from './messages';
import { RichText } from './rich-text';
import { TriStateField } from './tri-state-field';

type Question = EnvironmentData['questions'][number];
type BooleanKey = 'bgp' | 'l2' | 'udpOffload' | 'sriov' | 'openstack' | 'saas';

/** The control for one environment key, wired to the store. */
function Control({
  questionKey,
  label,
  describedBy,
}: {
  questionKey: Question['key'];
  label: string;
  describedBy: string;
}) {
  const t = useMessages(messages);
  const { kb } = useKnowledge();
  const orchestratorName = useOrchestratorName();
  const language = useLanguage();
  const value = useAppStore((s) => s.environment[questionKey]);
  const setEnvironment = useAppStore((s) => s.setEnvironment);
  const common = { label, describedBy };

  switch (questionKey) {
    case 'orchestrator':
      return (
        <ChoiceField
          {...common}
          value={typeof value === 'string' ? value : undefined}
          choices={kb.environment.orchestrators.map((o) => ({ value: o.id, label: orchestratorName(o.id) }))}
          onChange={(v) => setEnvironment('orchestrator', orchestratorSchema.safeParse(v).data)}
        />
      );
    case 'cloud':
      return (
        <ChoiceField
          {...common}
          value={typeof value === 'string' ? value : undefined}
          choices={clouds.map((c) => ({ value: c, label: cloudName(c, language, true) }))}
          onChange={(v) => setEnvironment('cloud', cloudSchema.safeParse(v).data)}
        />
      );
    case 'kernel':
      return (
        <ParsedField
          {...common}
          value={typeof value === 'string' ? value : undefined}
          parse={(text) => (kernelVersionSchema.safeParse(text).success ? text : undefined)}
          onChange={(v) => setEnvironment('kernel', v)}
          placeholder={t.kernelPlaceholder}
          hint={t.kernelHint}
          invalid={t.kernelInvalid}
          inputMode="decimal"
        />
      );
    case 'hosts':
      return (
        <ParsedField
          {...common}
          value={typeof value === 'number' ? value : undefined}
          parse={(text) => (/^\d+$/.test(text) ? hostCountSchema.safeParse(Number(text)).data : undefined)}
          onChange={(v) => setEnvironment('hosts', v)}
          placeholder={t.hostsPlaceholder}
          hint={t.hostsHint}
          invalid={t.hostsInvalid}
          inputMode="numeric"
        />
      );
    default:
      return (
        <TriStateField
          {...common}
          value={typeof value === 'boolean' ? value : undefined}
          onChange={(v) => setEnvironment(questionKey as BooleanKey, v)}
        />
      );
  }
}

/** One question: its control, what it means and how to find the answer. */
export function EnvironmentQuestion({ question }: { question: Question }) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const explanationId = useId();
  return (
    <div className="questionnaire-question">
      <Control questionKey={question.key} label={localize(question.label)} describedBy={explanationId} />
      <p id={explanationId} className="questionnaire-explanation">
        <RichText text={localize(question.explanation)} />
      </p>
      <p className="muted questionnaire-how">
        <strong>{t.howToFind}</strong> <RichText text={localize(question.howToFind)} />
      </p>
    </div>
  );
}
